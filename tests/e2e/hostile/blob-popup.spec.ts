import { writeClipboard } from '../support/clipboard';
import { expect, test } from '../support/extension';
import { FAKE_GITHUB_TOKEN } from '../support/samples';
import {
  cancelAndExpectEmpty,
  expectRecentWarning,
  warningDialog,
} from '../support/warning-dialog';

// A monitored page can open its composer in a window whose address is a blob: URL it made. The
// address names the page's origin only inside it (blob:https://chat.deepseek.com/…), so it matches
// no site pattern, yet text pasted there is the page's.

const TOKEN_TEXT = `token ${FAKE_GITHUB_TOKEN}`;

const TOP_SITE = 'chat.deepseek.com';

for (const opener of ['with its opener', 'with no opener'] as const) {
  test(`warns in a blob: popup the monitored page opens ${opener}`, async ({
    page,
    context,
    extensionId,
    openEditor,
  }) => {
    await openEditor(page, TOP_SITE);
    const opened = page.waitForEvent('popup');
    await page.evaluate(
      (features) => {
        const markup = '<!doctype html><title>Composer</title><textarea></textarea>';
        const address = URL.createObjectURL(new Blob([markup], { type: 'text/html' }));
        window.open(address, '', features);
      },
      `width=480,height=320${opener === 'with no opener' ? ',noopener' : ''}`,
    );
    const popup = await opened;
    const composer = popup.locator('textarea');
    await expect(composer).toBeAttached();
    expect(popup.url()).toMatch(/^blob:https:\/\/chat\.deepseek\.com\//);

    await writeClipboard(popup, TOKEN_TEXT);
    await composer.focus();
    await popup.keyboard.press('ControlOrMeta+V');

    await expect(warningDialog(popup), 'it names the page’s site').toContainText(TOP_SITE);
    await cancelAndExpectEmpty(popup, composer);
    await expectRecentWarning(context, extensionId, TOP_SITE, 'cancelled');
  });
}
