import { log } from '@/utils/logger';

/** The reason the audit log gives when the page, not the person, ended a warning. */
export const TAMPERED_REASON = 'closed: the page changed the warning';

export interface TamperWatch {
  /**
   * Forgets the changes our own renders and raises made so far, and ends the warning when any
   * other change is among them; call it right after each render and each raise. A page can
   * change the warning and make us render or raise it in the same task.
   */
  readonly discardOwnChanges: () => void;
  /** Whether the warning still looks the way we drew it, as far as no change record tells. */
  readonly isIntact: () => boolean;
  readonly stop: () => void;
}

/** Where the warning is drawn: React renders into `container`, which `carrier` shows. */
export interface WarningParts {
  readonly container: Node;
  readonly carrier: Element;
}

/**
 * Whether a change is one that we make: React putting the warning into its container, the reason
 * box's text (React writes a textarea's default value as its content), Paste anyway turning on
 * and off with it, and a raise opening the carrier again. A style element, a relabelled button or
 * a class is none of these, whenever it came.
 */
function isOwnChange(record: MutationRecord, { container, carrier }: WarningParts): boolean {
  const { target, type, attributeName } = record;
  if (type === 'attributes') {
    const isRaise = target === carrier && attributeName === 'open';
    return isRaise || (target.nodeName === 'BUTTON' && attributeName === 'disabled');
  }

  if (type === 'childList' && target === container) return true;
  const element = target.nodeType === Node.TEXT_NODE ? target.parentNode : target;
  return element?.nodeName === 'TEXTAREA';
}

/**
 * Watches the warning's open shadow root for changes that are not ours: a page relabelling the
 * buttons, restyling or rewriting the text. Our renders and raises are told apart by what they
 * change, not by when: their records are taken synchronously, and any record among them that we
 * would not make ends the warning too.
 */
export function watchForTampering(
  shadow: ShadowRoot,
  parts: WarningParts,
  onTampered: () => void,
): TamperWatch {
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
      const records = observer.takeRecords();
      if (!records.every((record) => isOwnChange(record, parts))) report();
    },
    // Style sheets adopted into the shadow root change no node, so no record tells of them.
    isIntact: () => shadow.adoptedStyleSheets.length === 0,
    stop: () => {
      observer.disconnect();
    },
  };
}
