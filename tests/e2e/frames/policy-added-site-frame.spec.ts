import { expect, test } from '@playwright/test';

import { buildBlankFrame, countWarnings, frameNamed, framePastes } from '../support/blank-frame';
import { pasteText } from '../support/clipboard';
import { openEditor } from '../support/editor';
import { shareManagedBrowser } from '../support/managed-policy';
import { FAKE_GITHUB_TOKEN } from '../support/samples';
import { warningDialog } from '../support/warning-dialog';

// A site the policy adds gets the guard through `scripting.registerContentScripts`, which
// injects nothing into about:blank frames: there the page's guard must find the frame itself.

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
});
