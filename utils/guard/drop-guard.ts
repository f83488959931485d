import { assess, matchedValues, textToRelease } from './assess';
import { findEditable, spotAtPoint } from './editor';
import { insertIntoEditor } from './insert';
import type { GuardDeps } from './paste-guard';
import { readTransferText } from './transfer';

/**
 * Handles `drop` on `window` in the capture phase. Dropped text is checked like a paste and,
 * once allowed or redacted, inserted where it was dropped. Files are the upload guard's.
 */
export function createDropHandler(deps: GuardDeps): (event: DragEvent) => void {
  return (event) => {
    const data = event.dataTransfer;
    if (!event.isTrusted || !data || data.files.length > 0 || !deps.isMonitored()) return;

    const text = readTransferText(data);
    if (!text) return;

    const assessment = assess(text, deps.getPolicy(), deps.site(), 'drop');
    if (!assessment) return;

    event.preventDefault();
    event.stopImmediatePropagation();

    const editable = findEditable(event);
    const spot = editable && spotAtPoint(editable, event.clientX, event.clientY);
    void deps.warn(assessment.request, matchedValues(assessment)).then(async (decision) => {
      const released = textToRelease(assessment, decision);
      if (spot && released !== undefined) await insertIntoEditor(spot, released);
    });
  };
}
