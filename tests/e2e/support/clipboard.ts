import type { Page } from '@playwright/test';

/**
 * Puts text (and optionally HTML) on the browser's real clipboard, then presses Ctrl+V so the
 * browser itself fires a trusted paste event at the focused element, as when a person pastes.
 */
export async function pasteText(page: Page, text: string, html?: string): Promise<void> {
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
  await page.keyboard.press('ControlOrMeta+V');
}
