import type { EditorWindow } from '../../fixtures/editors/shared/editor-hook';
import { pasteImageWithHtml, pasteText } from '../support/clipboard';
import { expect, test } from '../support/extension';
import { FAKE_GITHUB_TOKEN, GITHUB_TOKEN_PLACEHOLDER } from '../support/samples';
import { FIXTURE_SITES } from '../support/sites';
import { warningDialog } from '../support/warning-dialog';

// Scenarios 4, 5 and 6 of shared/cases/scenarios.md: what each editor ends up holding.

const ENV_BLOCK = [
  `GITHUB_TOKEN=${FAKE_GITHUB_TOKEN}`,
  'DATABASE_HOST=db.staging.internal',
  'LOG_LEVEL=debug',
  'FEATURE_FLAGS=beta,search',
].join('\n');

const MULTI_LINE_EDITORS = FIXTURE_SITES.filter(({ host }) =>
  ['www.perplexity.ai', 'chatgpt.com', 'gemini.google.com', 'copilot.microsoft.com'].includes(host),
);

for (const site of MULTI_LINE_EDITORS) {
  test(`a redacted .env block keeps its line breaks in ${site.label}'s own model`, async ({
    page,
    openEditor,
  }) => {
    const editor = await openEditor(page, site.host);
    await pasteText(page, ENV_BLOCK);

    await warningDialog(page).getByRole('button', { name: 'Redact and paste' }).click();

    const redacted = ENV_BLOCK.replace(FAKE_GITHUB_TOKEN, GITHUB_TOKEN_PLACEHOLDER);
    await expect.poll(() => editor.text()).toBe(redacted);
    expect((await editor.text())?.split('\n')).toHaveLength(4);
  });
}

for (const site of FIXTURE_SITES.filter(({ kind }) => kind !== 'contenteditable')) {
  test(`a pasted image with its HTML reaches ${site.label}'s own paste handling`, async ({
    page,
    openEditor,
  }) => {
    const editor = await openEditor(page, site.host);

    await pasteImageWithHtml(page);

    await expect.poll(() => editor.pastes()).toBe(1);
    const seen = await page.evaluate(() => (window as EditorWindow).__editor?.seenPastes() ?? []);
    expect(seen).toEqual([
      { types: expect.arrayContaining(['Files', 'text/html']), files: ['image/png'] },
    ]);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });
}

const SELF_INSERTING = [
  {
    host: 'chat.mistral.ai',
    options: { paste: 'self' },
    label: 'a contenteditable whose site inserts pastes itself',
  },
  { host: 'chatgpt.com', options: {}, label: 'ProseMirror, which inserts pastes itself' },
] as const;

for (const { host, options, label } of SELF_INSERTING) {
  test(`Paste anyway puts exactly one copy into ${label}`, async ({ page, openEditor }) => {
    const editor = await openEditor(page, host, options);
    const text = `token ${FAKE_GITHUB_TOKEN}`;
    await pasteText(page, text);

    await warningDialog(page).getByRole('button', { name: 'Paste anyway' }).click();

    await expect.poll(() => editor.text()).toBe(text);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(await editor.text()).toBe(text);
  });
}

test('a clean paste into a site that inserts pastes itself is left to the site', async ({
  page,
  openEditor,
}) => {
  const editor = await openEditor(page, 'chat.mistral.ai', { paste: 'self' });

  await pasteText(page, 'plain words', '<p>plain <b>words</b></p>');

  await expect.poll(() => editor.text()).toBe('plain words');
  expect(await editor.pastes()).toBe(1);
  await expect(page.locator('.composer b')).toHaveCount(0);
});
