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
  const before = readEditorText(spot.element);

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
