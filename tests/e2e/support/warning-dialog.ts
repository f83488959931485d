import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

import { pasteText } from './clipboard';
import type { EditorPage } from './editor';
import { readPageMarkup } from './page-markup';
import { FAKE_GITHUB_TOKEN, secretFragments } from './samples';
import type { SiteHost } from './sites';

/** The guard's warning, found the way a screen reader finds it (through its open shadow root). */
export function warningDialog(page: Page) {
  return page.getByRole('alertdialog', { name: 'Sensitive text detected' });
}

/** Gives a late insertion (or a second warning) the chance to show up before we look. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
}

/**
 * Opens a React textarea AI page and pastes a token into it: resolves with the editor once the
 * warning is up, for a test of what the page then does to the warning.
 */
export async function openWarning(
  page: Page,
  openEditor: (page: Page, host: SiteHost) => Promise<EditorPage>,
): Promise<EditorPage> {
  const editor = await openEditor(page, 'chat.deepseek.com');
  await pasteText(page, `token ${FAKE_GITHUB_TOKEN}`);
  await expect(warningDialog(page)).toBeVisible();
  return editor;
}

/** The page ended the warning: it is gone, nothing reached the editor, and the person is told. */
export async function expectEndedByPage(page: Page, editor: EditorPage): Promise<void> {
  await expect(warningDialog(page)).toBeHidden();
  await expect(page.getByRole('status'), 'the person is told why').toContainText(
    'the page covered or changed the warning',
  );
  await settle(page);
  expect(await editor.text()).toBe('');
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
