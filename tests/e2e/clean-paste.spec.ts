import { pasteText } from './support/clipboard';
import { expect, test } from './support/extension';
import { FIXTURE_SITES } from './support/sites';

const NOTES = 'Meeting notes — Q3 planning\nBudget:  1 200 € (approved) ✓\nNext: ship the beta';

const RELEASE_TEXT = 'Release notes\nFixed the login bug';
const RELEASE_HTML = '<p>Release notes</p><p>Fixed the <b>login</b> bug</p>';

for (const site of FIXTURE_SITES) {
  test.describe(site.label, () => {
    test('lets clean multi-line text through to the editor unchanged, without a warning', async ({
      page,
      openEditor,
    }) => {
      const editor = await openEditor(page, site.host);

      await pasteText(page, NOTES);

      await expect.poll(() => editor.text()).toBe(NOTES);
      expect(await editor.pastes()).toBe(1);
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
    });

    test('lets a clean paste with HTML through with its formatting, without a warning', async ({
      page,
      openEditor,
    }) => {
      const editor = await openEditor(page, site.host);

      await pasteText(page, RELEASE_TEXT, RELEASE_HTML);

      await expect.poll(() => editor.text()).toBe(RELEASE_TEXT);
      expect(await editor.pastes()).toBe(1);
      if (site.kind !== 'textarea') {
        await expect(page.locator('.composer').locator('strong, b')).toHaveText('login');
      }
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
    });
  });
}
