import { expect, type Locator, type Page } from '@playwright/test';

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
