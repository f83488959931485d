import type { Frame, Page } from '@playwright/test';

import { buildBlankFrame, countWarnings, frameNamed, framePastes } from '../support/blank-frame';
import { pasteText } from '../support/clipboard';
import { expect, test } from '../support/extension';
import { FAKE_GITHUB_TOKEN, GITHUB_TOKEN_PLACEHOLDER } from '../support/samples';
import { cancelAndExpectEmpty, settle, warningDialog } from '../support/warning-dialog';

// Issue #8: a composer in an about:blank frame that a page script builds has no address of its
// own to be monitored by, yet it is as much a way out of the page as the top-level composer.

const TOKEN_TEXT = `token ${FAKE_GITHUB_TOKEN}`;

const CLEAN_NOTES = 'Standup notes — Q3\n\tBudget:  1 200 € ✓\r\nship the beta 🚀  ';

/** The AI site whose script builds the frames: a React textarea page. */
const TOP_SITE = 'chat.deepseek.com';

/** Pastes the token into the frame's textarea; one warning opens, in the top document. */
async function pasteTokenAndCancel(page: Page, frame: Frame): Promise<void> {
  const composer = frame.locator('textarea');
  await composer.focus();
  await pasteText(page, TOKEN_TEXT);

  await expect(warningDialog(page), 'the warning opens in the top document').toBeVisible();
  await expect(warningDialog(page)).toContainText('ghp_…Bxe');
  expect(await countWarnings(page)).toBe(1);
  await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();

  await expect(warningDialog(page)).toBeHidden();
  await settle(page);
  await expect(composer).toHaveValue('');
  expect(await framePastes(frame)).toEqual({ seen: 0, prevented: 0 });
}

test.describe('a composer in a script-built about:blank frame', () => {
  test('warns about a GitHub token pasted into its textarea; Cancel leaves it empty', async ({
    page,
    openEditor,
  }) => {
    await openEditor(page, TOP_SITE);
    await buildBlankFrame(page, { name: 'blank', markup: '<textarea></textarea>' });

    await pasteTokenAndCancel(page, frameNamed(page, 'blank'));
  });

  test('warns about a token pasted into its contenteditable, and redacts it there', async ({
    page,
    openEditor,
  }) => {
    await openEditor(page, TOP_SITE);
    await buildBlankFrame(page, { name: 'blank', markup: '<div contenteditable="true"></div>' });
    const composer = frameNamed(page, 'blank').locator('[contenteditable]');

    await composer.focus();
    await pasteText(page, TOKEN_TEXT);
    await expect(warningDialog(page)).toBeVisible();
    await warningDialog(page).getByRole('button', { name: 'Redact and paste' }).click();
    await expect(composer).toHaveText(`token ${GITHUB_TOKEN_PLACEHOLDER}`);

    await composer.fill('');
    await composer.focus();
    await pasteText(page, TOKEN_TEXT);
    await expect(warningDialog(page)).toBeVisible();
    await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await settle(page);
    await expect(composer).toHaveText('');
  });

  test('lets a clean paste into its textarea through byte for byte, without a warning', async ({
    page,
    openEditor,
  }) => {
    await openEditor(page, TOP_SITE);
    await buildBlankFrame(page, { name: 'blank', markup: '<textarea></textarea>' });
    const frame = frameNamed(page, 'blank');

    await frame.locator('textarea').focus();
    await pasteText(page, CLEAN_NOTES);

    // A textarea keeps line feeds only: the browser itself turns a pasted CRLF into LF.
    await expect(frame.locator('textarea')).toHaveValue(CLEAN_NOTES.replace(/\r\n/g, '\n'));
    expect(await framePastes(frame)).toEqual({ seen: 1, prevented: 0 });
    expect(await countWarnings(page)).toBe(0);
  });

  test('guards a blank frame built inside another blank frame', async ({ page, openEditor }) => {
    await openEditor(page, TOP_SITE);
    await buildBlankFrame(page, { name: 'outer', markup: '<p>outer</p>' });
    await buildBlankFrame(page, {
      name: 'inner',
      parent: 'outer',
      markup: '<textarea></textarea>',
    });

    await pasteTokenAndCancel(page, frameNamed(page, 'inner'));
  });

  for (const [shadow, article] of [
    ['open', 'an'],
    ['closed', 'a'],
  ] as const) {
    test(`guards a blank frame built inside ${article} ${shadow} shadow root`, async ({
      page,
      openEditor,
    }) => {
      await openEditor(page, TOP_SITE);
      await buildBlankFrame(page, { name: 'shadowed', shadow, markup: '<textarea></textarea>' });

      await pasteTokenAndCancel(page, frameNamed(page, 'shadowed'));
    });
  }

  test('is guarded before the page that built it can stop pastes on its window', async ({
    page,
    openEditor,
  }) => {
    await openEditor(page, TOP_SITE);
    await buildBlankFrame(page, {
      name: 'blank',
      markup: '<textarea></textarea>',
      swallowPastes: true,
    });

    await pasteTokenAndCancel(page, frameNamed(page, 'blank'));
  });

  test('stays guarded after its page rewrites it with document.write', async ({
    page,
    openEditor,
  }) => {
    await openEditor(page, TOP_SITE);
    await buildBlankFrame(page, { name: 'blank', markup: '' });
    // How rich-text editors of the iframe kind fill their frame; it erases all window listeners.
    await page.evaluate(() => {
      const frameDocument = (document.getElementById('blank') as HTMLIFrameElement).contentDocument;
      frameDocument?.open();
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- what those editors still do
      frameDocument?.write('<!doctype html><body><textarea></textarea></body>');
      frameDocument?.close();
    });
    const frame = frameNamed(page, 'blank');
    await expect(frame.locator('textarea')).toBeAttached();

    const composer = frame.locator('textarea');
    await composer.focus();
    await pasteText(page, TOKEN_TEXT);
    await cancelAndExpectEmpty(page, composer);
  });

  test('guards a srcdoc frame', async ({ page, openEditor }) => {
    await openEditor(page, TOP_SITE);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const frame = document.createElement('iframe');
          frame.name = 'srcdoc';
          frame.srcdoc = '<textarea></textarea>';
          frame.addEventListener('load', () => {
            resolve();
          });
          document.body.append(frame);
        }),
    );
    const composer = frameNamed(page, 'srcdoc').locator('textarea');

    await composer.focus();
    await pasteText(page, TOKEN_TEXT);
    await expect(warningDialog(page)).toBeVisible();
    expect(await countWarnings(page)).toBe(1);
    await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await settle(page);
    await expect(composer).toHaveValue('');
  });

  test('is guarded once, from the page, after it navigates to the site', async ({
    page,
    openEditor,
  }) => {
    await openEditor(page, TOP_SITE);
    await buildBlankFrame(page, { name: 'blank', markup: '' });
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const frame = document.getElementById('blank') as HTMLIFrameElement;
          frame.addEventListener('load', () => {
            resolve();
          });
          frame.src = '/';
        }),
    );
    const composer = frameNamed(page, 'blank').locator('textarea');

    await composer.focus();
    await pasteText(page, TOKEN_TEXT);
    await expect(warningDialog(page)).toBeVisible();
    await settle(page);
    expect(await countWarnings(page)).toBe(1);
    await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(composer).toHaveValue('');
  });
});
