import type { Page } from '@playwright/test';

import { pasteText } from './support/clipboard';
import type { EditorPage } from './support/editor';
import { expect, test } from './support/extension';
import { FAKE_GITHUB_TOKEN, GITHUB_TOKEN_PLACEHOLDER } from './support/samples';
import { FIXTURE_SITES, type SiteHost } from './support/sites';
import {
  expectDialogOutsideLightDom,
  expectSecretNotInPage,
  warningDialog,
} from './support/warning-dialog';

const DEPLOY_NOTES = [
  'Deploy notes for the staging box',
  `export GITHUB_TOKEN=${FAKE_GITHUB_TOKEN}`,
  'then run the release script',
].join('\n');

const REDACTED_NOTES = DEPLOY_NOTES.replace(FAKE_GITHUB_TOKEN, GITHUB_TOKEN_PLACEHOLDER);

type OpenEditor = (page: Page, host: SiteHost) => Promise<EditorPage>;

async function pasteTokenInto(page: Page, openEditor: OpenEditor, host: SiteHost) {
  const editor = await openEditor(page, host);
  await pasteText(page, DEPLOY_NOTES);
  await expect(warningDialog(page), 'the warning should open').toBeVisible();
  return editor;
}

/** Gives a late insertion (a timer, a replayed paste) the chance to show up before we look. */
async function letPageSettle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
}

async function expectCancelled(editor: EditorPage): Promise<void> {
  await expect(warningDialog(editor.page)).toBeHidden();
  await letPageSettle(editor.page);
  expect(await editor.text()).toBe('');
  expect(await editor.pastes()).toBe(0);

  // The guard must not stay stuck on the cancelled paste: the next clean one goes through.
  await editor.focus();
  await pasteText(editor.page, 'Never mind, here is the error message instead.');
  await expect.poll(() => editor.text()).toBe('Never mind, here is the error message instead.');
}

for (const site of FIXTURE_SITES) {
  test.describe(site.label, () => {
    test(`stops a GitHub token pasted into ${site.label} and warns with a masked preview`, async ({
      page,
      openEditor,
    }, testInfo) => {
      const editor = await pasteTokenInto(page, openEditor, site.host);

      const dialog = warningDialog(page);
      const screenshot = testInfo.outputPath('warning.png');
      await dialog.screenshot({ path: screenshot });
      await testInfo.attach('warning', { path: screenshot, contentType: 'image/png' });
      await expect(dialog).toContainText('GitHub token');
      await expect(dialog).toContainText('ghp_…Bxe');
      await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Redact and paste' })).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Paste anyway' })).toBeVisible();

      expect(await editor.text()).toBe('');
      expect(await editor.pastes()).toBe(0);
      await expectDialogOutsideLightDom(page);
      await expectSecretNotInPage(page, FAKE_GITHUB_TOKEN);
    });

    test(`Cancel keeps the token out of ${site.label}`, async ({ page, openEditor }) => {
      const editor = await pasteTokenInto(page, openEditor, site.host);

      await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();

      await expectCancelled(editor);
    });

    test(`Esc cancels the warning in ${site.label}`, async ({ page, openEditor }) => {
      const editor = await pasteTokenInto(page, openEditor, site.host);

      await page.keyboard.press('Escape');

      await expectCancelled(editor);
    });

    test(`Redact and paste puts the text with a placeholder into ${site.label}`, async ({
      page,
      openEditor,
    }) => {
      const editor = await pasteTokenInto(page, openEditor, site.host);

      await warningDialog(page).getByRole('button', { name: 'Redact and paste' }).click();

      await expect(warningDialog(page)).toBeHidden();
      await expect.poll(() => editor.text()).toBe(REDACTED_NOTES);
      await letPageSettle(page);
      expect(await editor.text()).toBe(REDACTED_NOTES);
      await expectSecretNotInPage(page, FAKE_GITHUB_TOKEN);
    });

    test(`Paste anyway puts the original text into ${site.label} exactly once`, async ({
      page,
      openEditor,
    }) => {
      const editor = await pasteTokenInto(page, openEditor, site.host);

      await warningDialog(page).getByRole('button', { name: 'Paste anyway' }).click();

      await expect(warningDialog(page)).toBeHidden();
      await expect.poll(() => editor.text()).toBe(DEPLOY_NOTES);
      await letPageSettle(page);
      expect(await editor.text()).toBe(DEPLOY_NOTES);
    });
  });
}
