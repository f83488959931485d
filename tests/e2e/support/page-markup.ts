import type { Page } from '@playwright/test';

/**
 * Everything a script in the page can read from the DOM: the document's markup, the markup of
 * every open shadow root and the values of form fields.
 */
export function readPageMarkup(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];

    const visit = (root: Document | ShadowRoot) => {
      parts.push(root instanceof Document ? root.documentElement.outerHTML : root.innerHTML);
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
          parts.push(element.value);
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };

    visit(document);
    return parts.join('\n');
  });
}
