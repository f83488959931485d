import type { Page } from '@playwright/test';

import type { EditorPage } from './support/editor';
import { expect, test } from './support/extension';
import { FAKE_GITHUB_TOKEN, GITHUB_TOKEN_PLACEHOLDER } from './support/samples';
import { FIXTURE_SITES, type FixtureSite } from './support/sites';
import { warningDialog } from './support/warning-dialog';

const MESSAGE = `use ${FAKE_GITHUB_TOKEN} for the deploy`;
const REDACTED = MESSAGE.replace(FAKE_GITHUB_TOKEN, GITHUB_TOKEN_PLACEHOLDER);

type SendWay = 'Enter' | 'the Send button';

async function typeAndSend(page: Page, way: SendWay): Promise<void> {
  await page.keyboard.type(MESSAGE);
  if (way === 'Enter') await page.keyboard.press('Enter');
  else await page.getByRole('button', { name: 'Send' }).click();
}

/** Gives a late or repeated send the chance to show up before we count. */
async function letPageSettle(editor: EditorPage): Promise<void> {
  await editor.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
}

function describeSends(site: FixtureSite, way: SendWay) {
  test.describe(`${site.label}, sending with ${way}`, () => {
    test(`asks before a typed token is sent; Cancel sends nothing and keeps the text`, async ({
      page,
      openEditor,
    }) => {
      const editor = await openEditor(page, site.host, { enter: 'send' });
      await typeAndSend(page, way);

      await expect(warningDialog(page)).toContainText('GitHub token');
      await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();

      await expect(warningDialog(page)).toBeHidden();
      await letPageSettle(editor);
      expect(await editor.sent()).toEqual([]);
      expect(await editor.text()).toBe(MESSAGE);
    });

    test('Send anyway sends the message exactly once', async ({ page, openEditor }) => {
      const editor = await openEditor(page, site.host, { enter: 'send' });
      await typeAndSend(page, way);

      await warningDialog(page).getByRole('button', { name: 'Send anyway' }).click();

      await expect.poll(() => editor.sent()).toEqual([MESSAGE]);
      await letPageSettle(editor);
      expect(await editor.sent()).toEqual([MESSAGE]);
    });

    test('Redact before sending sends the placeholder instead of the token', async ({
      page,
      openEditor,
    }) => {
      const editor = await openEditor(page, site.host, { enter: 'send' });
      await typeAndSend(page, way);

      await warningDialog(page).getByRole('button', { name: 'Redact before sending' }).click();

      await expect.poll(() => editor.sent()).toEqual([REDACTED]);
      await letPageSettle(editor);
      expect(await editor.sent()).toEqual([REDACTED]);
    });
  });
}

// chat.deepseek.com runs the same React textarea page as copilot.microsoft.com.
for (const site of FIXTURE_SITES.filter(({ host }) => host !== 'chat.deepseek.com')) {
  describeSends(site, 'Enter');
}
// The button path is the same code for every editor; two kinds of composer cover it.
for (const site of FIXTURE_SITES.filter(
  ({ kind }) => kind === 'prosemirror' || kind === 'lexical',
)) {
  describeSends(site, 'the Send button');
}

test('a clean message goes out on Enter without a warning', async ({ page, openEditor }) => {
  const editor = await openEditor(page, 'chatgpt.com', { enter: 'send' });

  await page.keyboard.type('How do I rotate a leaked key?');
  await page.keyboard.press('Enter');

  await expect.poll(() => editor.sent()).toEqual(['How do I rotate a leaked key?']);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
