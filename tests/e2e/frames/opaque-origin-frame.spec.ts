import type { Page } from '@playwright/test';

import { pasteText } from '../support/clipboard';
import { expect, test } from '../support/extension';
import { buildOpaqueFrame, frameWarning, type OpaqueFrameKind } from '../support/opaque-frame';
import { FAKE_GITHUB_TOKEN } from '../support/samples';
import { expectRecentWarning, settle } from '../support/warning-dialog';

// A page can build its composer in a frame with an opaque origin: a sandboxed srcdoc frame or a
// data: URL. The frame has no address of its own and its parent cannot reach into it, so the
// guard must be injected there by its creator's origin and judge it by that.

const TOKEN_TEXT = `token ${FAKE_GITHUB_TOKEN}`;

const CLEAN_NOTES = 'Standup notes — Q3\n\tBudget:  1 200 € ✓\r\nship the beta 🚀  ';

const TOP_SITE = 'chat.deepseek.com';

/** Builds a frame of this kind in the page and pastes `text` into its composer. */
async function pasteIntoNewFrame(page: Page, kind: OpaqueFrameKind, text: string) {
  const frame = await buildOpaqueFrame(page, kind);
  const composer = frame.locator('textarea');
  await composer.focus();
  await pasteText(page, text);
  return { frame, composer };
}

test.describe('a composer in a frame with an opaque origin', () => {
  for (const kind of [
    'sandboxed srcdoc',
    'sandboxed srcdoc without scripts',
    'data: URL',
  ] as const) {
    test(`in a ${kind} frame: a pasted token warns there, and Cancel leaves it empty`, async ({
      page,
      openEditor,
    }) => {
      await openEditor(page, TOP_SITE);
      const { frame, composer } = await pasteIntoNewFrame(page, kind, TOKEN_TEXT);

      await expect(frameWarning(frame)).toBeVisible();
      await expect(frameWarning(frame)).toContainText('ghp_…Bxe');
      await expect(frameWarning(frame), 'it names the site of the page').toContainText(TOP_SITE);
      // Headless Chromium routes no mouse input into a data: frame here (neither the frame nor
      // the page sees the click), so that warning is answered from the keyboard, as it can be.
      if (kind === 'data: URL') await page.keyboard.press('Escape');
      else await frameWarning(frame).getByRole('button', { name: 'Cancel' }).click();

      await expect(frameWarning(frame)).toBeHidden();
      await settle(page);
      await expect(composer).toHaveValue('');
    });
  }

  test('the toolbar popup lists the warning under the page that made the frame', async ({
    page,
    context,
    extensionId,
    openEditor,
  }) => {
    await openEditor(page, TOP_SITE);
    const { frame } = await pasteIntoNewFrame(page, 'sandboxed srcdoc', TOKEN_TEXT);
    await frameWarning(frame).getByRole('button', { name: 'Cancel' }).click();
    await expect(frameWarning(frame)).toBeHidden();

    await expectRecentWarning(context, extensionId, TOP_SITE, 'cancelled');
  });

  test('lets a clean paste into a sandboxed frame through byte for byte', async ({
    page,
    openEditor,
  }) => {
    await openEditor(page, TOP_SITE);
    const { frame, composer } = await pasteIntoNewFrame(page, 'sandboxed srcdoc', CLEAN_NOTES);
    await settle(page);

    await expect(frameWarning(frame)).toHaveCount(0);
    expect(await composer.inputValue()).toBe(CLEAN_NOTES.replace(/\r\n/g, '\n'));
  });

  test('in a sandboxed frame, Paste anyway puts the token in as it was', async ({
    page,
    openEditor,
  }) => {
    await openEditor(page, TOP_SITE);
    const { frame, composer } = await pasteIntoNewFrame(page, 'sandboxed srcdoc', TOKEN_TEXT);
    await frameWarning(frame).getByRole('button', { name: 'Paste anyway' }).click();

    await expect(composer).toHaveValue(TOKEN_TEXT);
  });
});

// GitHub Copilot Chat is monitored on github.com/copilot only, and Chromium gives an opaque frame
// no referrer: the frame asks the browser for its tab's address to learn the path.
test.describe('a frame with an opaque origin on a site monitored on some paths only', () => {
  /** Serves a plain page at every github.com address, for this page only. */
  async function openGitHub(page: Page, path: string): Promise<void> {
    await page.route(
      (url) => url.origin === 'https://github.com',
      (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>GitHub' }),
    );
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://github.com',
    });
    await page.goto(`https://github.com${path}`);
  }

  for (const kind of ['sandboxed srcdoc', 'data: URL'] as const) {
    test(`is guarded in a ${kind} frame on github.com/copilot`, async ({ page }) => {
      await openGitHub(page, '/copilot');
      const { frame, composer } = await pasteIntoNewFrame(page, kind, TOKEN_TEXT);

      await expect(frameWarning(frame)).toContainText('ghp_…Bxe');
      await page.keyboard.press('Escape');
      await expect(frameWarning(frame)).toBeHidden();
      await expect(composer).toHaveValue('');
    });
  }

  test('is left alone on github.com/settings, where no AI tool is', async ({ page }) => {
    await openGitHub(page, '/settings');
    const { frame, composer } = await pasteIntoNewFrame(page, 'sandboxed srcdoc', TOKEN_TEXT);
    await settle(page);

    await expect(frameWarning(frame)).toHaveCount(0);
    await expect(composer).toHaveValue(TOKEN_TEXT);
  });
});
