import { log } from '@/utils/logger';

import { isFromOwnDialog } from './dialog-host';

/** More raises than this within RAISE_WINDOW_MS is a page fighting for the top, not chance. */
const MAX_RAISES = 8;
const RAISE_WINDOW_MS = 3000;

export interface TopLayerOptions {
  /** Runs right after each raise: closing and reopening changed our own `open` attribute. */
  readonly onRaised: () => void;
  /** The page keeps covering the warning, or asked it to close; we stop raising it. */
  readonly onOvertaken: () => void;
  /** The person pressed Escape. */
  readonly onEscape: () => void;
}

export interface TopLayerWatch {
  /** Whether the warning went into the top layer; where it could not, it sits at a high z-index. */
  readonly isModal: boolean;
  /** Puts the warning back above whatever the page put in the top layer since. */
  readonly raise: () => void;
  /** Stops watching; removing the warning's host takes it out of the top layer. */
  readonly stop: () => void;
}

/**
 * Creates the `<dialog>` that carries the warning into the top layer. It draws nothing itself:
 * the alert dialog inside is what a person sees and a screen reader announces.
 */
export function createTopLayerCarrier(): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.setAttribute('role', 'none');
  // Escape is the warning's Cancel, answered by the warning itself: the browser must not close it.
  dialog.setAttribute('closedby', 'none');
  return dialog;
}

/**
 * Shows the warning modally. The top layer stacks in the order things entered it, so the warning
 * opens above the page's modal dialogs, fullscreen element and popovers, and as the topmost modal
 * it is the one part of the page that is not inert. The page can still open something above it
 * later; we notice that and open the warning again above it, but not forever.
 */
export function keepOnTop(dialog: HTMLDialogElement, options: TopLayerOptions): TopLayerWatch {
  const isModal = showModally(dialog);
  const raises: number[] = [];
  const abort = new AbortController();
  let isRaising = false;

  const raise = () => {
    if (!isModal || isRaising || !dialog.isConnected) return;

    const now = performance.now();
    raises.push(now);
    while ((raises[0] ?? now) < now - RAISE_WINDOW_MS) raises.shift();
    if (raises.length > MAX_RAISES) {
      log.warn('The page keeps covering the warning; closing it without inserting anything');
      options.onOvertaken();
      return;
    }

    const root = dialog.getRootNode();
    const focused = root instanceof ShadowRoot ? root.activeElement : null;
    isRaising = true;
    try {
      dialog.close();
      dialog.showModal();
    } catch {
      // Closed and not shown again: the person can no longer see the warning.
      options.onOvertaken();
      return;
    } finally {
      isRaising = false;
    }
    if (focused instanceof HTMLElement) focused.focus();
    options.onRaised();
  };

  const { signal } = abort;
  const onTopLayerEntry = (event: Event) => {
    if (isFromOwnDialog(event)) return;
    if (event.type === 'toggle' && !isEntryToggle(event)) return;
    if (event.type === 'fullscreenchange' && document.fullscreenElement === null) return;
    raise();
  };
  // Each of these means something may have gone above the warning. A page can stop them from
  // reaching us; the visibility watch still sees what gets painted over the warning.
  for (const type of ['toggle', 'fullscreenchange', 'focusin']) {
    window.addEventListener(type, onTopLayerEntry, { capture: true, signal });
  }

  dialog.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Escape' || event.defaultPrevented) return;

      event.preventDefault();
      options.onEscape();
    },
    { signal },
  );
  // The person's Escape is taken as a keydown above (or by the warning itself) and prevented, so
  // it never becomes a close request. A cancel event is then someone else's: the page's
  // requestClose(). It ends the warning as one the page ended.
  dialog.addEventListener(
    'cancel',
    (event) => {
      event.preventDefault();
      options.onOvertaken();
    },
    { signal },
  );

  return {
    isModal,
    raise,
    // Not close(): in Chromium 156 a composer that close() handed the focus back to let the
    // person's next Ctrl+V fire its paste event but take in no text.
    stop: () => {
      abort.abort();
    },
  };
}

/** A popover or dialog opening; `<details>` elements fire toggle too, but stay in the page. */
function isEntryToggle(event: Event): boolean {
  const { newState } = event as Event & { newState?: string };
  return newState === 'open' && !(event.target instanceof HTMLDetailsElement);
}

/** Shows the dialog in the top layer, or at least open where the browser cannot do that. */
function showModally(dialog: HTMLDialogElement): boolean {
  try {
    dialog.showModal();
    return true;
  } catch {
    log.warn('The warning could not go into the top layer; showing it at the top z-index');
    dialog.setAttribute('open', '');
    return false;
  }
}
