// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { isFileInput, isHtmlElement, isIframe, isNode, isTextField } from '@/utils/guard/dom-kind';

const HTML = 'http://www.w3.org/1999/xhtml';

/**
 * An element as our code sees one from an adopted frame: a real DOM node whose prototypes are
 * not this realm's, so `instanceof` says no. Only its own node type, namespace and name count.
 */
function foreignElement(localName: string, type = ''): unknown {
  return Object.create(null, {
    nodeType: { value: 1 },
    namespaceURI: { value: HTML },
    localName: { value: localName },
    type: { value: type },
  });
}

describe('dom-kind', () => {
  it('recognises a textarea, an input and a file input of another realm', () => {
    const textarea = foreignElement('textarea');

    expect(textarea instanceof HTMLTextAreaElement).toBe(false);
    expect(isTextField(textarea)).toBe(true);
    expect(isTextField(foreignElement('input', 'text'))).toBe(true);
    expect(isFileInput(foreignElement('input', 'file'))).toBe(true);
    expect(isFileInput(foreignElement('input', 'text'))).toBe(false);
    expect(isHtmlElement(foreignElement('div'))).toBe(true);
    expect(isIframe(foreignElement('iframe'))).toBe(true);
  });

  it('recognises elements of this realm as well', () => {
    expect(isTextField(document.createElement('textarea'))).toBe(true);
    expect(isIframe(document.createElement('iframe'))).toBe(true);
    expect(isIframe(document.createElement('div'))).toBe(false);
  });

  it('takes no window, text node, SVG element or namespace-less object for an HTML element', () => {
    const svgTextarea = document.createElementNS('http://www.w3.org/2000/svg', 'textarea');
    const lookAlike = { nodeType: 1, localName: 'textarea', namespaceURI: undefined };

    expect(isHtmlElement(window)).toBe(false);
    expect(isNode(window)).toBe(false);
    expect(isHtmlElement(document.createTextNode('x'))).toBe(false);
    expect(isNode(document.createTextNode('x'))).toBe(true);
    expect(isTextField(svgTextarea)).toBe(false);
    expect(isTextField(lookAlike)).toBe(false);
    expect(isHtmlElement(null)).toBe(false);
    expect(isFileInput(document.createElement('textarea'))).toBe(false);
  });
});
