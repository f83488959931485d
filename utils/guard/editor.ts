import { isHtmlElement, isTextField } from './dom-kind';

/** The editable element a paste or drop was aimed at, and where its caret was. */
export interface EditorSpot {
  readonly element: HTMLElement;
  readonly selection: SavedSelection;
}

type SavedSelection =
  | { readonly kind: 'field'; readonly start: number; readonly end: number }
  | { readonly kind: 'range'; readonly range: Range | undefined };

/**
 * The event's real editable target. Pages swap composers after load and nest them in shadow
 * roots, so we walk the composed path instead of trusting `document.activeElement`.
 */
export function findEditable(event: Event): HTMLElement | undefined {
  for (const node of event.composedPath()) {
    if (!isHtmlElement(node)) continue;
    if (isTextField(node)) return node;
    if (node.isContentEditable) return editingHost(node);
  }

  return undefined;
}

function editingHost(element: HTMLElement): HTMLElement {
  let host = element;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

export function saveSpot(element: HTMLElement): EditorSpot {
  if (isTextField(element)) {
    const start = element.selectionStart ?? element.value.length;
    return { element, selection: { kind: 'field', start, end: element.selectionEnd ?? start } };
  }

  const selection = element.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  const inside = range && element.contains(range.commonAncestorContainer);
  return { element, selection: { kind: 'range', range: inside ? range.cloneRange() : undefined } };
}

/** Puts focus and the caret back where they were before our dialog took focus. */
export function restoreSpot({ element, selection }: EditorSpot): void {
  element.focus({ preventScroll: true });
  if (selection.kind === 'field') {
    if (isTextField(element)) element.setSelectionRange(selection.start, selection.end);
    return;
  }

  if (!selection.range) return;
  const domSelection = element.ownerDocument.getSelection();
  domSelection?.removeAllRanges();
  domSelection?.addRange(selection.range);
}

/** The editor's visible text, used to check that an insertion really landed. */
export function readEditorText(element: HTMLElement): string {
  return isTextField(element) ? element.value : element.innerText || element.textContent || '';
}

export function isLexical(element: HTMLElement): boolean {
  return element.closest('[data-lexical-editor="true"]') !== null;
}

/** A spot selecting everything in the editor, so an insertion replaces its whole content. */
export function spotCoveringAll(element: HTMLElement): EditorSpot {
  if (isTextField(element)) {
    return { element, selection: { kind: 'field', start: 0, end: element.value.length } };
  }

  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  return { element, selection: { kind: 'range', range } };
}

/** A spot at the point where something was dropped, or the current caret in a text field. */
export function spotAtPoint(element: HTMLElement, x: number, y: number): EditorSpot {
  if (isTextField(element)) return saveSpot(element);

  const position = element.ownerDocument.caretPositionFromPoint(x, y);
  if (!position || !element.contains(position.offsetNode)) return saveSpot(element);

  const range = element.ownerDocument.createRange();
  range.setStart(position.offsetNode, position.offset);
  return { element, selection: { kind: 'range', range } };
}
