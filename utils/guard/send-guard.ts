import { assess, matchedValues, textToRelease } from './assess';
import { isHtmlElement } from './dom-kind';
import { findEditable, readEditorText, spotCoveringAll } from './editor';
import { insertIntoEditor } from './insert';
import type { GuardDeps } from './paste-guard';

// Words a send button's label, test id or title carries on the AI sites we know.
const SEND_LABEL = /\b(?:send|submit)\b|senden|envoyer|enviar|invia/i;

function findSendButton(event: Event): HTMLElement | undefined {
  for (const node of event.composedPath()) {
    if (!isHtmlElement(node)) continue;
    if (!node.matches('button, [role="button"], input[type="submit"]')) continue;

    const label = [
      node.getAttribute('aria-label'),
      node.dataset.testid,
      node.title,
      node.textContent,
    ];
    const isSend = node.getAttribute('type') === 'submit' || SEND_LABEL.test(label.join(' '));
    return isSend ? node : undefined;
  }

  return undefined;
}

function isSendKey(event: KeyboardEvent): boolean {
  // An open IME composition uses Enter to pick a word; keyCode 229 marks it where
  // isComposing lags behind (Safari, older Chromium).
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only IME signal in some browsers
  const isImeKey = event.keyCode === 229;
  return event.key === 'Enter' && !event.shiftKey && !event.isComposing && !isImeKey;
}

export interface SendGuard {
  readonly onKeyDown: (event: KeyboardEvent) => void;
  readonly onClick: (event: MouseEvent) => void;
  readonly onFocusIn: (event: FocusEvent) => void;
}

/**
 * Checks typed text when the person sends it: Enter in the composer they are in, or the
 * site's send button. Text already decided on is let through, so one send asks once.
 */
export function createSendGuard(deps: GuardDeps): SendGuard {
  const released = new WeakMap<HTMLElement, string>();
  let lastComposer: HTMLElement | undefined;

  function check(composer: HTMLElement, event: Event, resend: () => void): void {
    const text = readEditorText(composer);
    if (!text.trim() || released.get(composer) === text) return;

    const assessment = assess(text, deps.getPolicy(), deps.site(), 'send');
    if (!assessment) return;

    event.preventDefault();
    event.stopImmediatePropagation();
    void deps.warn(assessment.request, matchedValues(assessment)).then(async (decision) => {
      const chosen = textToRelease(assessment, decision);
      if (chosen === undefined) {
        composer.focus();
        return;
      }

      if (chosen !== text) await insertIntoEditor(spotCoveringAll(composer), chosen);
      released.set(composer, readEditorText(composer));
      resend();
    });
  }

  return {
    onKeyDown(event) {
      if (!event.isTrusted || !isSendKey(event) || !deps.isMonitored()) return;

      const composer = findEditable(event);
      if (!composer) return;

      check(composer, event, () => {
        // The site's own Enter handler sends; if it ignores a synthetic key, the text stays in
        // the composer, marked as decided, and the person's next Enter goes straight through.
        const enter = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 };
        composer.focus();
        composer.dispatchEvent(
          new KeyboardEvent('keydown', {
            ...enter,
            bubbles: true,
            cancelable: true,
            composed: true,
          }),
        );
      });
    },

    onClick(event) {
      if (!event.isTrusted || !deps.isMonitored()) return;

      const button = findSendButton(event);
      if (!button || !lastComposer?.isConnected) return;

      check(lastComposer, event, () => {
        button.click();
      });
    },

    onFocusIn(event) {
      if (!event.isTrusted) return;
      lastComposer = findEditable(event) ?? lastComposer;
    },
  };
}
