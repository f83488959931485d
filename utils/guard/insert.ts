import { LARGE_TEXT_LENGTH } from './chunked-scan';
import { isTextField } from './dom-kind';
import { isLexical, readEditorText, restoreSpot } from './editor';
import type { EditorSpot } from './editor';

/**
 * Inserts text where the person was typing, through a path the editor's own model follows.
 * `insertText` is what a typing person produces, so ProseMirror, Tiptap, Quill and React's
 * textarea all update their state; Lexical flattens its line breaks, so multi-line text goes
 * to Lexical as a paste event, which it handles even when synthetic.
 * Resolves with whether the editor's text changed.
 */
export async function insertIntoEditor(spot: EditorSpot, text: string): Promise<boolean> {
  restoreSpot(spot);
  // Lexical takes the selection from `selectionchange`, a task of its own: without this wait it
  // inserts at its stale caret, next to the text a redaction should replace.
  if (spot.selection.kind === 'range') await new Promise((resolve) => setTimeout(resolve, 0));
  const before = readEditorText(spot.element);
  if (text.length > LARGE_TEXT_LENGTH) return insertLargeText(spot, text, before);

  if (isLexical(spot.element) && text.includes('\n')) {
    dispatchPaste(spot.element, text);
    return hasChanged(spot.element, before);
  }

  // Deprecated, yet the one way to insert text that every editor's model follows as typing.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const accepted = spot.element.ownerDocument.execCommand('insertText', false, text);
  // Some editors commit their model in a later task, so look only after they had the chance;
  // a second insertion on a premature look would paste the text twice.
  if (accepted && (await hasChanged(spot.element, before))) return true;

  dispatchPaste(spot.element, text);
  return hasChanged(spot.element, before);
}

/**
 * `insertText` inserts a paragraph per line: a megabyte takes minutes in Chromium. A
 * text field takes the text in one step (`setRangeText`, then the `input` event React and
 * other frameworks listen for); a rich editor gets it as a paste, which each library handles
 * in one transaction. The person's undo history does not get this step, the price of speed.
 */
async function insertLargeText(spot: EditorSpot, text: string, before: string): Promise<boolean> {
  const { element, selection } = spot;
  if (isTextField(element)) {
    const [start, end] =
      selection.kind === 'field'
        ? [selection.start, selection.end]
        : [before.length, before.length];
    element.setRangeText(text, start, end, 'end');
    element.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }),
    );
    return hasChanged(element, before);
  }

  dispatchPaste(element, text);
  if (await hasChanged(element, before)) return true;

  // A plain contenteditable ignores a synthetic paste. `insertHTML` goes the way a real paste
  // goes, in one step: 0.2 s for 300 KB, where `insertText` takes minutes.
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- see above
  element.ownerDocument.execCommand('insertHTML', false, toLineBreakHtml(text));
  return hasChanged(element, before);
}

/**
 * Plain text as HTML that keeps its lines: one `<br>` per line break, whether the clipboard
 * wrote it `\n`, `\r\n` (Windows) or `\r`; a stray `\r` would show as a blank line.
 */
export function toLineBreakHtml(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    .join('<br>');
}

async function hasChanged(element: HTMLElement, before: string): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return readEditorText(element) !== before;
}

function dispatchPaste(element: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  element.dispatchEvent(event);
}
