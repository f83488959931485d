import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

import { readPageMarkup } from './page-markup';
import { secretFragments } from './samples';

/** The guard's warning, found the way a screen reader finds it (through its open shadow root). */
export function warningDialog(page: Page) {
  return page.getByRole('alertdialog', { name: 'Sensitive text detected' });
}

/** Gives a late insertion (or a second warning) the chance to show up before we look. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
}

/** Answers the open warning with Cancel, as a person would, and checks nothing reached `composer`. */
export async function cancelAndExpectEmpty(page: Page, composer: Locator): Promise<void> {
  await expect(warningDialog(page)).toBeVisible();
  await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await settle(page);
  await expect(composer).toHaveValue('');
}

/** Fails when any 8-character run of the secret can be read from the page's DOM. */
export async function expectSecretNotInPage(page: Page, secret: string): Promise<void> {
  const markup = await readPageMarkup(page);
  const leaked = secretFragments(secret).filter((fragment) => markup.includes(fragment));
  expect(leaked, 'parts of the secret readable from the page DOM').toEqual([]);
}

/** The warning must live in a shadow root, out of reach of the page's CSS and selectors. */
export async function expectDialogOutsideLightDom(page: Page): Promise<void> {
  const lightDomDialogs = await page.evaluate(
    () => document.querySelectorAll('[role="alertdialog"]').length,
  );
  expect(lightDomDialogs, 'alert dialogs in the light DOM').toBe(0);
}

/**
 * Waits until the toolbar popup's recent warnings list an event on `site` whose line says
 * `outcome`. The decision is recorded a moment after the warning closes, and the popup shows
 * the log as it was when it opened, so it is opened afresh, with the page in front between
 * tries, as a person would look again.
 */
export async function expectRecentWarning(
  context: BrowserContext,
  extensionId: string,
  site: string,
  outcome: string,
): Promise<void> {
  await expect(async () => {
    const popup = await context.newPage();
    try {
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      const line = popup
        .getByRole('listitem')
        .filter({ hasText: site })
        .filter({ hasText: outcome });
      await expect(line.first()).toBeVisible({ timeout: 500 });
    } finally {
      await popup.close();
    }
  }).toPass({ intervals: [1000, 2000], timeout: 20_000 });
}
