import { expect, test, type Page } from '@playwright/test';

import { pasteText } from '../support/clipboard';
import { shareManagedBrowser } from '../support/managed-policy';
import { FAKE_GITHUB_TOKEN } from '../support/samples';
import { cancelAndExpectEmpty, settle, warningDialog } from '../support/warning-dialog';

// A policy may name an internal AI tool on some of its paths only. Such tools are single-page
// apps too: they reach the chat in-page, with the History API, where no new document loads.

const ORIGIN = 'https://ai.internal.example';

async function serveInternalTool(page: Page): Promise<void> {
  await page.route(
    (url) => url.origin === ORIGIN,
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><title>Internal tool</title><textarea></textarea>',
      }),
  );
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
}

test.describe('an internal tool the policy names on one path (ai.internal.example/chat*)', () => {
  const browser = shareManagedBrowser({
    sites: { add: ['ai.internal.example/chat*'], remove: [] },
  });

  test('is guarded once the page moves in-app from its home page to /chat', async () => {
    const page = await browser().context.newPage();
    await serveInternalTool(page);
    await page.goto(`${ORIGIN}/`);
    const composer = page.locator('textarea');

    // The home page is not an AI tool: the token goes in untouched and no warning opens.
    await composer.focus();
    await pasteText(page, `token ${FAKE_GITHUB_TOKEN}`);
    await settle(page);
    await expect(warningDialog(page)).toHaveCount(0);
    await expect(composer).toHaveValue(`token ${FAKE_GITHUB_TOKEN}`);

    await page.evaluate(() => {
      history.pushState(null, '', '/chat');
    });
    await composer.fill('');
    await composer.focus();
    await pasteText(page, `token ${FAKE_GITHUB_TOKEN}`);

    await cancelAndExpectEmpty(page, composer);
  });
});
