/**
 * What kind of DOM node an event path holds, asked without `instanceof`. A frame that the
 * guard adopts from its parent has constructors of its own, so its textarea is no
 * `HTMLTextAreaElement` of ours: `instanceof` would let its pastes through unchecked.
 */

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const ELEMENT_NODE = 1;

/** Whether something on an event path is a DOM node (not the window), from any realm. */
export function isNode(target: unknown): target is Node {
  return (
    typeof target === 'object' &&
    target !== null &&
    typeof (target as { nodeType?: unknown }).nodeType === 'number'
  );
}

export function isHtmlElement(target: unknown): target is HTMLElement {
  return (
    isNode(target) &&
    target.nodeType === ELEMENT_NODE &&
    (target as Element).namespaceURI === HTML_NAMESPACE
  );
}

export function isTextField(target: unknown): target is HTMLTextAreaElement | HTMLInputElement {
  return isHtmlElement(target) && (target.localName === 'textarea' || target.localName === 'input');
}

export function isFileInput(target: unknown): target is HTMLInputElement {
  return isTextField(target) && target.localName === 'input' && target.type === 'file';
}

export function isIframe(target: unknown): target is HTMLIFrameElement {
  return isHtmlElement(target) && target.localName === 'iframe';
}
