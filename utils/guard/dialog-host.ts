import { isHtmlElement } from './dom-kind';

/** The element that hosts the warning's shadow root. */
export const DIALOG_HOST_TAG = 'ai-paste-guard-dialog';

/**
 * Whether an event comes from inside our own warning. Its "Send anyway" button is not the
 * site's send button, and a reason typed into it is not text leaving the page.
 */
export function isFromOwnDialog(event: Event): boolean {
  return event
    .composedPath()
    .some((node) => isHtmlElement(node) && node.localName === DIALOG_HOST_TAG);
}
