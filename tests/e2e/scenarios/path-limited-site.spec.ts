import type { Page } from '@playwright/test';

import { countWarnings } from '../support/blank-frame';
import { pasteText } from '../support/clipboard';
import { expect, test } from '../support/extension';
import { FAKE_GITHUB_TOKEN } from '../support/samples';
import { cancelAndExpectEmpty } from '../support/warning-dialog';

// GitHub Copilot Chat is monitored on github.com/copilot only, and GitHub is a single-page app:
// it moves between its pages with the History API, and so can any script on them.

const TOKEN_TEXT = `token ${FAKE_GITHUB_TOKEN}`;

/** Serves one plain textarea page at every github.com address, for this page only. */
async function serveGitHub(page: Page): Promise<void> {
  await page.route(
    (url) => url.origin === 'https://github.com',
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><title>GitHub</title><textarea></textarea>',
      }),
  );
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://github.com' });
}

async function pasteTokenAndCancel(page: Page): Promise<void> {
  const composer = page.locator('textarea');
  await composer.focus();
  await pasteText(page, TOKEN_TEXT);

  await cancelAndExpectEmpty(page, composer);
}

test.describe('a site monitored on some of its paths (github.com/copilot)', () => {
  test('stays guarded after the page rewrites its address to an unmonitored path', async ({
    page,
  }) => {
    await serveGitHub(page);
    await page.goto('https://github.com/copilot');
    await page.evaluate(() => {
      history.replaceState(null, '', '/settings');
    });

    await pasteTokenAndCancel(page);
  });

  test('is guarded once the page moves in-app from an unmonitored path to /copilot', async ({
    page,
  }) => {
    await serveGitHub(page);
    await page.goto('https://github.com/');
    const composer = page.locator('textarea');

    // Not an AI tool yet: the token goes in untouched and no warning opens.
    await composer.focus();
    await pasteText(page, TOKEN_TEXT);
    await expect(composer).toHaveValue(TOKEN_TEXT);
    expect(await countWarnings(page)).toBe(0);

    await composer.fill('');
    await page.evaluate(() => {
      history.pushState(null, '', '/copilot');
    });

    await pasteTokenAndCancel(page);
  });
});
