import type { Policy } from '../policy/schema';
import { assess, assessWithoutBlocking, matchedValues, textToRelease } from './assess';
import type { Assessment } from './assess';
import { LARGE_TEXT_LENGTH } from './chunked-scan';
import { findEditable, saveSpot } from './editor';
import type { EditorSpot } from './editor';
import { insertIntoEditor } from './insert';
import { readTransferText } from './transfer';
import type { Decision, WarningRequest } from './verdict';

export interface GuardDeps {
  readonly getPolicy: () => Policy;
  /** Whether the page is a monitored AI site under the current policy. */
  readonly isMonitored: () => boolean;
  /** The host the page is judged by: its own, or its creator's for a blank popup or an opaque frame. */
  readonly site: () => string;
  /** Shows the warning; `matched` is only ever hashed, with the policy's key, for the audit. */
  readonly warn: (request: WarningRequest, matched: readonly string[]) => Promise<Decision>;
}

/**
 * Handles `paste` on `window` in the capture phase, before any of the page's own handlers.
 * A clean paste is left completely alone; a risky one is stopped and held until the person
 * decides in the warning.
 */
export function createPasteHandler(deps: GuardDeps): (event: ClipboardEvent) => void {
  return (event) => {
    // Only a person's paste matters: a page script can put text in its own editor anyway.
    if (!event.isTrusted || !event.clipboardData || !deps.isMonitored()) return;

    const text = readTransferText(event.clipboardData);
    if (!text) return;

    if (text.length > LARGE_TEXT_LENGTH) {
      holdLargePaste(event, text, deps);
      return;
    }

    const assessment = assess(text, deps.getPolicy(), deps.site(), 'paste');
    if (!assessment) return;

    event.preventDefault();
    event.stopImmediatePropagation();

    const editable = findEditable(event);
    void askAndInsert(deps, assessment, editable && saveSpot(editable));
  };
}

async function askAndInsert(deps: GuardDeps, assessment: Assessment, spot?: EditorSpot) {
  const released = textToRelease(
    assessment,
    await deps.warn(assessment.request, matchedValues(assessment)),
  );
  if (spot && released !== undefined) await insertIntoEditor(spot, released);
}

/**
 * Scanning megabytes at once would freeze the page for half a second or more, so a large
 * paste is held, scanned in slices, and inserted by us when clean. The trade-off: the site's
 * own paste handling (HTML formatting, "pasted text becomes an attachment") does not run for
 * a large paste; the plain text lands as if typed.
 */
function holdLargePaste(event: ClipboardEvent, text: string, deps: GuardDeps): void {
  event.preventDefault();
  event.stopImmediatePropagation();

  const editable = findEditable(event);
  const spot = editable && saveSpot(editable);
  void assessWithoutBlocking(text, deps.getPolicy(), deps.site(), 'paste').then(
    async (assessment) => {
      if (assessment) await askAndInsert(deps, assessment, spot);
      else if (spot) await insertIntoEditor(spot, text);
    },
  );
}
