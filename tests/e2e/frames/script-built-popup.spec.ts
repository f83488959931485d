import { countWarnings } from '../support/blank-frame';
import { openBlankPopup, pasteInto } from '../support/blank-popup';
import { expect, test } from '../support/extension';
import { FAKE_GITHUB_TOKEN } from '../support/samples';
import { cancelAndExpectEmpty, settle, warningDialog } from '../support/warning-dialog';

// A monitored page can open an about:blank window with window.open('') and build a composer in
// it. That window has no address and no parent frame, yet text pasted there is the page's.

const TOKEN_TEXT = `token ${FAKE_GITHUB_TOKEN}`;

const CLEAN_NOTES = 'Standup notes — Q3\n\tBudget:  1 200 € ✓\r\nship the beta 🚀  ';

const TOP_SITE = 'chat.deepseek.com';

test.describe('a composer in a blank popup that a monitored page opens', () => {
  for (const filling of ['innerHTML', 'document.write'] as const) {
    test(`warns in the popup about a token pasted there (filled by ${filling}); Cancel keeps it out`, async ({
      page,
      openEditor,
    }) => {
      await openEditor(page, TOP_SITE);
      const popup = await openBlankPopup(page, filling);

      await pasteInto(popup, TOKEN_TEXT);

      await expect(warningDialog(popup), 'the warning opens where the person looks').toBeVisible();
      await expect(warningDialog(popup)).toContainText('ghp_…Bxe');
      await expect(warningDialog(popup), 'it names the site of the opener').toContainText(TOP_SITE);
      expect(await countWarnings(popup)).toBe(1);
      expect(await countWarnings(page), 'no warning behind the popup').toBe(0);
      await warningDialog(popup).getByRole('button', { name: 'Cancel' }).click();

      await expect(warningDialog(popup)).toBeHidden();
      await settle(popup);
      await expect(popup.locator('textarea')).toHaveValue('');
    });

    test(`lets a clean paste into the popup through byte for byte (filled by ${filling})`, async ({
      page,
      openEditor,
    }) => {
      await openEditor(page, TOP_SITE);
      const popup = await openBlankPopup(page, filling);

      await pasteInto(popup, CLEAN_NOTES);

      // A textarea keeps line feeds only: the browser itself turns a pasted CRLF into LF.
      await expect(popup.locator('textarea')).toHaveValue(CLEAN_NOTES.replace(/\r\n/g, '\n'));
      const pastes = await popup.evaluate(() => (window as { __pastes?: unknown }).__pastes);
      expect(pastes).toEqual({ seen: 1 });
      expect(await countWarnings(popup)).toBe(0);
    });
  }

  test('is guarded before the page that opened it can stop pastes on its window', async ({
    page,
    openEditor,
  }) => {
    await openEditor(page, TOP_SITE);
    const popup = await openBlankPopup(page, 'innerHTML, stopping pastes first');

    await pasteInto(popup, TOKEN_TEXT);

    await cancelAndExpectEmpty(popup, popup.locator('textarea'));
  });
});
