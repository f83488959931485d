import { expect, test } from '@playwright/test';

import { buildBlankFrame, countWarnings, frameNamed, framePastes } from '../support/blank-frame';
import { openBlankPopup, pasteInto } from '../support/blank-popup';
import { pasteText } from '../support/clipboard';
import { openEditor } from '../support/editor';
import { buildOpaqueFrame, frameWarning } from '../support/opaque-frame';
import { shareManagedBrowser } from '../support/managed-policy';
import { FAKE_GITHUB_TOKEN } from '../support/samples';
import { cancelAndExpectEmpty, warningDialog } from '../support/warning-dialog';

// A site the policy adds gets the guard through `scripting.registerContentScripts`. Its blank
// frames are found by the page's guard; blank popups and opaque-origin frames have guards of
// their own, injected by their creator's origin.

test.describe('a script-built blank frame on an AI host that only the policy names', () => {
  const browser = shareManagedBrowser({ sites: { add: ['ai.internal.example'], remove: [] } });

  test('is guarded by the page: a pasted token warns, and Cancel leaves it empty', async () => {
    const page = await browser().context.newPage();
    await openEditor(page, 'ai.internal.example');
    await buildBlankFrame(page, { name: 'blank', markup: '<textarea></textarea>' });
    const frame = frameNamed(page, 'blank');

    await frame.locator('textarea').focus();
    await pasteText(page, `token ${FAKE_GITHUB_TOKEN}`);
    await expect(warningDialog(page)).toBeVisible();
    expect(await countWarnings(page)).toBe(1);
    await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();

    await expect(warningDialog(page)).toBeHidden();
    await expect(frame.locator('textarea')).toHaveValue('');
    expect(await framePastes(frame)).toEqual({ seen: 0, prevented: 0 });
  });

  test('guards a blank popup the page opens: the warning opens there and names the site', async () => {
    const page = await browser().context.newPage();
    await openEditor(page, 'ai.internal.example');
    const popup = await openBlankPopup(page, 'innerHTML');

    await pasteInto(popup, `token ${FAKE_GITHUB_TOKEN}`);

    await expect(warningDialog(popup)).toContainText('ai.internal.example');
    await cancelAndExpectEmpty(popup, popup.locator('textarea'));
  });

  test('guards a sandboxed srcdoc frame: the warning opens in it', async () => {
    const page = await browser().context.newPage();
    await openEditor(page, 'ai.internal.example');
    const frame = await buildOpaqueFrame(page, 'sandboxed srcdoc');

    await frame.locator('textarea').focus();
    await pasteText(page, `token ${FAKE_GITHUB_TOKEN}`);

    await expect(frameWarning(frame)).toContainText('ai.internal.example');
    await frameWarning(frame).getByRole('button', { name: 'Cancel' }).click();
    await expect(frameWarning(frame)).toBeHidden();
    await expect(frame.locator('textarea')).toHaveValue('');
  });
});
