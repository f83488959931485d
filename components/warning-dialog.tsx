import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';

import type { Choice, Decision, WarningRequest } from '@/utils/guard/verdict';

import { FindingList } from './finding-list';
import { useT } from './i18n';
import { CHOICE_LABEL } from './labels';
import { UnscannedFiles } from './unscanned-files';

export interface WarningDialogProps extends WarningRequest {
  readonly onDecide: (decision: Decision) => void;
  readonly onOpenGuidance?: () => void;
  /** Runs after every render has reached the DOM, before anything else can run. */
  readonly onCommit?: () => void;
  /** The page changed what the person sees; ends the warning without their decision. */
  readonly onTampered?: () => void;
  /** Whether the browser last saw this button covered or faded by something not ours. */
  readonly isObscured?: (button: HTMLButtonElement) => boolean;
}

const FOCUSABLE = 'button:not([disabled]), textarea, a[href]';

/**
 * The warning shown instead of a risky paste. Page scripts share the DOM with it, so every
 * action demands a trusted event: a page cannot click "Paste anyway" for the user.
 */
export function WarningDialog(props: WarningDialogProps) {
  const { channel, site, verdict, findings, choices, requireReason, onDecide, onOpenGuidance } =
    props;
  const { onCommit, onTampered, isObscured } = props;
  const t = useT();
  const titleId = useId();
  const bodyId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [reason, setReason] = useState('');
  const mayOverride = choices.includes('allow');
  const isReasonMissing = requireReason && reason.trim() === '';

  // No dependencies: the children hold no state, so every render of the warning passes here.
  useLayoutEffect(() => {
    onCommit?.();
  });

  useEffect(() => {
    cancelRef.current?.focus();
  }, []);

  function decide(event: MouseEvent<HTMLButtonElement>, choice: Choice, label: string) {
    // A page can take `disabled` off Paste anyway; the reason is still required.
    if (!event.nativeEvent.isTrusted || (choice === 'allow' && isReasonMissing)) return;

    // A button that no longer reads what we wrote on it, or that the page painted over, was not
    // what the person saw. Cancel needs no such check: it lets nothing through.
    const button = event.currentTarget;
    const isChoiceUnseen = choice !== 'cancel' && isObscured?.(button) === true;
    if (button.textContent !== label || isChoiceUnseen) {
      if (onTampered) onTampered();
      else onDecide({ choice: 'cancel' });
      return;
    }

    onDecide(choice === 'allow' && requireReason ? { choice, reason: reason.trim() } : { choice });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Keys typed in the dialog are ours: the page's shortcuts must not act on them.
    event.stopPropagation();
    if (!event.nativeEvent.isTrusted) return;

    if (event.key === 'Escape') {
      event.preventDefault();
      onDecide({ choice: 'cancel' });
      return;
    }

    if (event.key === 'Tab') trapFocus(event, dialogRef.current);
  }

  return (
    <div className="backdrop">
      <div
        ref={dialogRef}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onKeyDown={handleKeyDown}
      >
        <p className="brand">{t('extensionName')}</p>
        <h2 id={titleId}>{t('dialogTitle')}</h2>
        <p id={bodyId}>{verdict === 'block' ? t('dialogBlocked', site) : t('dialogIntro', site)}</p>
        <FindingList findings={findings} />
        <UnscannedFiles files={props.unscannedFiles ?? []} />
        {onOpenGuidance && (
          <button
            type="button"
            className="link"
            onClick={(event) => {
              if (event.nativeEvent.isTrusted) onOpenGuidance();
            }}
          >
            {t('dialogReadPolicy')}
          </button>
        )}
        {mayOverride && requireReason && (
          <label className="reason">
            {t('dialogReasonLabel')}
            <textarea
              value={reason}
              onChange={(event) => {
                // Only the person's typing: a page could fill in a reason for them.
                if (event.nativeEvent.isTrusted) setReason(event.target.value);
              }}
              rows={2}
            />
          </label>
        )}
        <div className="actions">
          <button
            ref={cancelRef}
            type="button"
            onClick={(event) => {
              decide(event, 'cancel', t('dialogCancel'));
            }}
          >
            {t('dialogCancel')}
          </button>
          {choices.includes('redact') && (
            <button
              type="button"
              className="primary"
              onClick={(event) => {
                decide(event, 'redact', t(CHOICE_LABEL[channel].redact));
              }}
            >
              {t(CHOICE_LABEL[channel].redact)}
            </button>
          )}
          {mayOverride && (
            <button
              type="button"
              className="danger"
              disabled={isReasonMissing}
              onClick={(event) => {
                decide(event, 'allow', t(CHOICE_LABEL[channel].allow));
              }}
            >
              {t(CHOICE_LABEL[channel].allow)}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

function trapFocus(event: KeyboardEvent, dialog: HTMLElement | null) {
  const focusable = dialog ? [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)] : [];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;

  const active =
    dialog?.getRootNode() instanceof ShadowRoot
      ? (dialog.getRootNode() as ShadowRoot).activeElement
      : document.activeElement;
  const isLeavingBackward =
    event.shiftKey && (active === first || !focusable.includes(active as HTMLElement));
  const isLeavingForward =
    !event.shiftKey && (active === last || !focusable.includes(active as HTMLElement));
  if (isLeavingBackward) {
    event.preventDefault();
    last.focus();
  } else if (isLeavingForward) {
    event.preventDefault();
    first.focus();
  }
}
