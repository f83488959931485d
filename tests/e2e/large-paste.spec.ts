import type { Page } from '@playwright/test';

import { pasteText } from './support/clipboard';
import { expect, test } from './support/extension';
import { FAKE_GITHUB_TOKEN } from './support/samples';
import { FIXTURE_SITES } from './support/sites';
import { warningDialog } from './support/warning-dialog';

// Pastes over 256 KB are held and scanned in slices (see utils/guard/chunked-scan.ts), then
// inserted by the guard: these check that nothing is lost or doubled on the way.

// Long lines: Quill alone takes ~20 s to paste 12,000 short lines, with or without the guard.
const LOG_LINE = `INFO 2026-12-04T16:00:00Z worker=7 payload=${'abcdef0123456789'.repeat(60)}\n`;

/** Copies `bytes` of log lines, ending with `tail`, and pastes them with Ctrl+V. */
async function pasteLog(page: Page, bytes: number, tail: string): Promise<number> {
  const length = await page.evaluate(
    async ({ line, size, end }) => {
      const text = line.repeat(Math.ceil(size / line.length)).slice(0, size - end.length) + end;
      await navigator.clipboard.writeText(text);
      return text.length;
    },
    { line: LOG_LINE, size: bytes, end: tail },
  );
  await page.keyboard.press('ControlOrMeta+V');
  return length;
}

for (const site of FIXTURE_SITES.filter(({ host }) => host !== 'chat.deepseek.com')) {
  test(`a clean 1 MB paste lands whole, once, in ${site.label}`, async ({ page, openEditor }) => {
    const editor = await openEditor(page, site.host);

    const length = await pasteLog(page, 1024 * 1024, 'END OF LOG');

    await expect
      .poll(async () => (await editor.text())?.endsWith('END OF LOG'), { timeout: 15_000 })
      .toBe(true);
    const text = (await editor.text()) ?? '';
    // Editors may drop the newline after the last line; nothing else may change.
    expect(text.length).toBeGreaterThanOrEqual(length - 1);
    expect(text.length).toBeLessThanOrEqual(length);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });
}

test('a clean 200 KB paste with Windows line breaks keeps one line per line in a plain contenteditable', async ({
  page,
  openEditor,
}) => {
  const editor = await openEditor(page, 'chat.mistral.ai');
  const lines = Array.from({ length: 2000 }, (_, i) => `line ${i} ${'x'.repeat(90)}`);

  await pasteText(page, lines.join('\r\n'));

  await expect.poll(async () => (await editor.text())?.split('\n').length).toBe(lines.length);
  expect(((await editor.text()) ?? '').split('\n')).toEqual(lines);
});

test('a key at the very end of a 5 MB paste is found, and nothing lands before the person decides', async ({
  page,
  openEditor,
}) => {
  const editor = await openEditor(page, 'copilot.microsoft.com');

  await pasteLog(page, 5 * 1024 * 1024, `token ${FAKE_GITHUB_TOKEN}`);

  await expect(warningDialog(page)).toContainText('GitHub token', { timeout: 15_000 });
  expect(await editor.text()).toBe('');
  await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  expect(await editor.text()).toBe('');
});
