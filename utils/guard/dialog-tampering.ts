import { log } from '@/utils/logger';

/** The reason the audit log gives when the page, not the person, ended a warning. */
export const TAMPERED_REASON = 'closed: the page changed the warning';

export interface TamperWatch {
  /** Forgets the changes made so far; call it right after each of our own renders. */
  readonly discardOwnChanges: () => void;
  /**
   * Forgets what raising the warning changed (its carrier's `open` attribute), and ends the
   * warning when anything else changed: the page can make it rise in the task that restyled it.
   */
  readonly discardRaise: (carrier: Element) => void;
  /** Whether the warning still looks the way we drew it, as far as no change record tells. */
  readonly isIntact: () => boolean;
  readonly stop: () => void;
}

/**
 * Watches the warning's open shadow root for changes that are not ours. React's own changes are
 * discarded synchronously at the end of each render, so any record that reaches the callback was
 * made by someone else: a page relabelling the buttons, restyling or rewriting the text.
 */
export function watchForTampering(shadow: ShadowRoot, onTampered: () => void): TamperWatch {
  const report = () => {
    observer.disconnect();
    log.warn('The page changed the warning; closing it without inserting anything');
    onTampered();
  };
  const observer = new MutationObserver(report);
  observer.observe(shadow, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });

  return {
    discardOwnChanges: () => {
      observer.takeRecords();
    },
    discardRaise: (carrier) => {
      const isRaise = (record: MutationRecord) =>
        record.type === 'attributes' &&
        record.target === carrier &&
        record.attributeName === 'open';
      if (!observer.takeRecords().every(isRaise)) report();
    },
    // Style sheets adopted into the shadow root change no node, so no record tells of them.
    isIntact: () => shadow.adoptedStyleSheets.length === 0,
    stop: () => {
      observer.disconnect();
    },
  };
}
