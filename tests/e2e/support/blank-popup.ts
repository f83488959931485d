import { expect, type Page } from '@playwright/test';

import { writeClipboard } from './clipboard';

export type Filling = 'innerHTML' | 'document.write' | 'innerHTML, stopping pastes first';

/**
 * Opens a blank popup from the page's script and fills it with a textarea the way a page does,
 * in the same task. The popup counts the paste events that reach its own listeners.
 */
export async function openBlankPopup(page: Page, filling: Filling): Promise<Page> {
  const popupOpened = page.waitForEvent('popup');
  await page.evaluate((how) => {
    const popup = window.open('', '', 'width=480,height=320');
    if (!popup) throw new Error('The popup was blocked');

    const markup = '<textarea></textarea>';
    if (how === 'innerHTML, stopping pastes first') {
      // As a page can: before its content goes in, no paste gets past the popup's window.
      popup.addEventListener(
        'paste',
        (event) => {
          event.stopImmediatePropagation();
        },
        true,
      );
    }
    if (how !== 'document.write') {
      popup.document.body.innerHTML = markup;
    } else {
      popup.document.open();
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- what such pages still do
      popup.document.write(`<!doctype html><body>${markup}</body>`);
      popup.document.close();
    }
    const pastes = { seen: 0 };
    Object.assign(popup, { __pastes: pastes });
    popup.document.addEventListener('paste', () => {
      pastes.seen += 1;
    });
  }, filling);

  const popup = await popupOpened;
  await expect(popup.locator('textarea')).toBeAttached();
  return popup;
}

/** Pastes from the real clipboard into the popup's focused textarea, as the person would. */
export async function pasteInto(popup: Page, text: string): Promise<void> {
  await writeClipboard(popup, text);
  await popup.locator('textarea').focus();
  await popup.keyboard.press('ControlOrMeta+V');
}
