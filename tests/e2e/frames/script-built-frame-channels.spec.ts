import { buildBlankFrame, frameNamed } from '../support/blank-frame';
import { textFile } from '../support/documents';
import { dropOnto } from '../support/drag';
import { expect, test } from '../support/extension';
import { FAKE_GITHUB_TOKEN } from '../support/samples';
import { writeFilesToDisk } from '../support/uploads';
import { settle, warningDialog } from '../support/warning-dialog';

// Issue #8: the other ways out of a script-built about:blank frame, guarded from the page that
// built it as its pastes are (script-built-frame.spec.ts).

const TOKEN_TEXT = `token ${FAKE_GITHUB_TOKEN}`;

const TOP_SITE = 'chat.deepseek.com';

test.describe('a script-built about:blank frame', () => {
  test('warns about a token dropped on its textarea; Cancel drops nothing', async ({
    page,
    openEditor,
  }) => {
    await openEditor(page, TOP_SITE);
    await buildBlankFrame(page, { name: 'blank', markup: '<textarea></textarea>' });
    const composer = frameNamed(page, 'blank').locator('textarea');

    await dropOnto(page, composer, { items: { 'text/plain': TOKEN_TEXT } });

    await expect(warningDialog(page)).toContainText('GitHub token');
    await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(warningDialog(page)).toBeHidden();
    await settle(page);
    await expect(composer).toHaveValue('');
  });

  test('asks before a token typed into it is sent with Enter', async ({ page, openEditor }) => {
    await openEditor(page, TOP_SITE);
    await buildBlankFrame(page, { name: 'blank', markup: '<textarea></textarea>' });
    const composer = frameNamed(page, 'blank').locator('textarea');

    await composer.focus();
    await page.keyboard.type(TOKEN_TEXT);
    await page.keyboard.press('Enter');

    await expect(warningDialog(page)).toContainText('GitHub token');
    await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(warningDialog(page)).toBeHidden();
    await expect(composer).toHaveValue(TOKEN_TEXT);
  });

  test('holds a file with a token chosen in its file input; Cancel leaves it empty', async ({
    page,
    openEditor,
  }) => {
    await openEditor(page, TOP_SITE);
    await buildBlankFrame(page, { name: 'blank', markup: '<input type="file">' });
    const frame = frameNamed(page, 'blank');
    await frame.evaluate(() => {
      const input = document.querySelector('input');
      input?.addEventListener('change', () => {
        document.body.dataset.changes = String(Number(document.body.dataset.changes ?? 0) + 1);
      });
    });

    const chooser = page.waitForEvent('filechooser');
    await frame.locator('input').click();
    const [envFile = ''] = writeFilesToDisk([textFile('deploy.env', `${TOKEN_TEXT}\n`)]);
    await (await chooser).setFiles(envFile);

    await expect(warningDialog(page)).toContainText('GitHub token');
    await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(warningDialog(page)).toBeHidden();
    await settle(page);
    expect(await frame.evaluate(() => document.querySelector('input')?.files?.length)).toBe(0);
    expect(await frame.evaluate(() => document.body.dataset.changes)).toBeUndefined();
  });
});
