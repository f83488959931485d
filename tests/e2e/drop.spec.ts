import { dropOnto } from './support/drag';
import { textFile } from './support/documents';
import { expect, test } from './support/extension';
import { FAKE_GITHUB_TOKEN, GITHUB_TOKEN_PLACEHOLDER } from './support/samples';
import { FIXTURE_SITES } from './support/sites';
import { writeFilesToDisk } from './support/uploads';
import { warningDialog } from './support/warning-dialog';

const DRAGGED = `deploy with ${FAKE_GITHUB_TOKEN} today`;
const DRAGGED_HTML = `<p>deploy with <code>${FAKE_GITHUB_TOKEN}</code> today</p>`;

// Drops come from outside the page through Chromium's own drag code, so they are trusted.
// chat.deepseek.com runs the same React textarea page as copilot.microsoft.com.
for (const site of FIXTURE_SITES.filter(({ host }) => host !== 'chat.deepseek.com')) {
  test.describe(site.label, () => {
    test(`stops text with a token dragged into ${site.label}; Cancel drops nothing`, async ({
      page,
      openEditor,
    }) => {
      const editor = await openEditor(page, site.host);

      await dropOnto(page, page.locator('.composer'), { items: { 'text/plain': DRAGGED } });

      await expect(warningDialog(page)).toContainText('GitHub token');
      expect(await editor.text()).toBe('');
      await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();
      await expect(warningDialog(page)).toBeHidden();
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      expect(await editor.text()).toBe('');
    });

    test(`Redact and drop puts HTML dragged into ${site.label} in with a placeholder`, async ({
      page,
      openEditor,
    }) => {
      const editor = await openEditor(page, site.host);

      await dropOnto(page, page.locator('.composer'), { items: { 'text/html': DRAGGED_HTML } });

      await warningDialog(page).getByRole('button', { name: 'Redact and drop' }).click();
      await expect
        .poll(() => editor.text())
        .toBe(DRAGGED.replace(FAKE_GITHUB_TOKEN, GITHUB_TOKEN_PLACEHOLDER));
    });
  });
}

test('a clean text drop lands in the editor as without the extension', async ({
  page,
  openEditor,
}) => {
  const editor = await openEditor(page, 'claude.ai');

  await dropOnto(page, page.locator('.composer'), { items: { 'text/plain': 'just a question' } });

  await expect.poll(() => editor.text()).toBe('just a question');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('holds a dropped .env file before the site sees the drop; Drop anyway hands it over once', async ({
  page,
  openEditor,
}) => {
  const editor = await openEditor(page, 'chatgpt.com');
  const files = writeFilesToDisk([textFile('.env', `GITHUB_TOKEN=${FAKE_GITHUB_TOKEN}\n`)]);

  await dropOnto(page, page.locator('.composer'), { files });

  await expect(warningDialog(page)).toContainText('GitHub token');
  expect(await editor.uploads(), 'the site must not see the drop while we ask').toEqual([]);
  await warningDialog(page).getByRole('button', { name: 'Drop anyway' }).click();
  await expect.poll(() => editor.uploads()).toHaveLength(1);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  const uploads = await editor.uploads();
  expect(uploads).toHaveLength(1);
  expect(uploads[0]?.via).toBe('drop');
  expect(uploads[0]?.files.map((file) => file.name)).toEqual(['.env']);
  expect(await editor.text(), 'a file drop must not turn into text').toBe('');
});

test('a dropped .env file that is cancelled never reaches the site', async ({
  page,
  openEditor,
}) => {
  const editor = await openEditor(page, 'www.perplexity.ai');
  const files = writeFilesToDisk([textFile('.env', `GITHUB_TOKEN=${FAKE_GITHUB_TOKEN}\n`)]);

  await dropOnto(page, page.locator('.composer'), { files });
  await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();

  await expect(warningDialog(page)).toBeHidden();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  expect(await editor.uploads()).toEqual([]);
  expect(await editor.text()).toBe('');
});
