import type { Policy } from '../policy/schema';
import { assess, textToRelease } from './assess';
import { findEditable, saveSpot } from './editor';
import { insertIntoEditor } from './insert';
import { readTransferText } from './transfer';
import type { Decision, WarningRequest } from './verdict';

export interface GuardDeps {
  readonly getPolicy: () => Policy;
  /** Whether the page is a monitored AI site under the current policy. */
  readonly isMonitored: () => boolean;
  readonly warn: (request: WarningRequest) => Promise<Decision>;
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

    const assessment = assess(text, deps.getPolicy(), location.hostname, 'paste');
    if (!assessment) return;

    event.preventDefault();
    event.stopImmediatePropagation();

    const editable = findEditable(event);
    const spot = editable && saveSpot(editable);
    void deps.warn(assessment.request).then(async (decision) => {
      const released = textToRelease(assessment, decision);
      if (spot && released !== undefined) await insertIntoEditor(spot, released);
    });
  };
}
