import type { Page } from '@playwright/test';

/** Puts text (and optionally HTML) on the browser's real clipboard. */
export async function writeClipboard(page: Page, text: string, html?: string): Promise<void> {
  await page.evaluate(
    async ({ plain, markup }) => {
      const items: Record<string, Blob> = {
        'text/plain': new Blob([plain], { type: 'text/plain' }),
      };
      if (markup !== null) items['text/html'] = new Blob([markup], { type: 'text/html' });

      await navigator.clipboard.write([new ClipboardItem(items)]);
    },
    { plain: text, markup: html ?? null },
  );
}

/**
 * Puts text (and optionally HTML) on the browser's real clipboard, then presses Ctrl+V so the
 * browser itself fires a trusted paste event at the focused element, as when a person pastes.
 */
export async function pasteText(page: Page, text: string, html?: string): Promise<void> {
  await writeClipboard(page, text, html);
  await page.keyboard.press('ControlOrMeta+V');
}

/**
 * Copies a real PNG (drawn on a canvas) together with the HTML a browser puts next to a copied
 * image, then presses Ctrl+V.
 */
export async function pasteImageWithHtml(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 8;
    canvas.height = 8;
    const context = canvas.getContext('2d');
    if (context) {
      context.fillStyle = '#c00';
      context.fillRect(0, 0, 8, 8);
    }
    const png = await new Promise<Blob | null>((resolve) => {
      canvas.toBlob(resolve, 'image/png');
    });
    if (!png) throw new Error('The canvas gave no PNG');

    const html = `<img src="${canvas.toDataURL('image/png')}" alt="chart">`;
    await navigator.clipboard.write([
      new ClipboardItem({ 'image/png': png, 'text/html': new Blob([html], { type: 'text/html' }) }),
    ]);
  });
  await page.keyboard.press('ControlOrMeta+V');
}
