import { expect, test, type Page } from '@playwright/test';

import { pasteText } from '../support/clipboard';
import { openEditor } from '../support/editor';
import { shareManagedBrowser } from '../support/managed-policy';
import { FAKE_GITHUB_TOKEN } from '../support/samples';
import { settle, warningDialog } from '../support/warning-dialog';

// A policy can ask for a reason before "Paste anyway". The reason box makes the warning render
// again as the person types, which a page could time its own changes to.

const TOKEN_TEXT = `token ${FAKE_GITHUB_TOKEN}`;

const SITE = 'chat.deepseek.com';

/** Runs `change` in the page on the warning's open shadow root, as any page script can. */
async function changeWarning(page: Page, change: (shadow: ShadowRoot) => void): Promise<void> {
  await page.evaluate(`(${change.toString()})(
    [...document.documentElement.children].find((element) => element.shadowRoot)?.shadowRoot
  )`);
}

test.describe('a policy that asks for a reason before Paste anyway', () => {
  const browser = shareManagedBrowser({ override: { allowed: true, requireReason: true } });

  test('Paste anyway waits for the reason the person types', async () => {
    const page = await browser().context.newPage();
    const editor = await openEditor(page, SITE);
    await pasteText(page, TOKEN_TEXT);
    const allow = warningDialog(page).getByRole('button', { name: 'Paste anyway' });
    await expect(allow).toBeDisabled();

    await warningDialog(page).getByRole('textbox').fill('Rotating it right after the demo');
    await allow.click();
    await expect.poll(() => editor.text()).toBe(TOKEN_TEXT);
  });

  test('a reason the page writes into the box does not count', async () => {
    const page = await browser().context.newPage();
    await openEditor(page, SITE);
    await pasteText(page, TOKEN_TEXT);
    await expect(warningDialog(page)).toBeVisible();

    await changeWarning(page, (shadow) => {
      const reason = shadow.querySelector('textarea');
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
      setValue?.set?.call(reason, 'approved by the page');
      reason?.dispatchEvent(new Event('input', { bubbles: true }));
    });

    await expect(warningDialog(page).getByRole('textbox')).toHaveValue('');
    await expect(warningDialog(page).getByRole('button', { name: 'Paste anyway' })).toBeDisabled();
  });

  test('a page that switches Paste anyway on ends the warning with nothing pasted', async () => {
    const page = await browser().context.newPage();
    const editor = await openEditor(page, SITE);
    await pasteText(page, TOKEN_TEXT);
    await expect(warningDialog(page)).toBeVisible();

    await changeWarning(page, (shadow) => {
      shadow.querySelector('button[disabled]')?.removeAttribute('disabled');
    });

    await expect(warningDialog(page)).toBeHidden();
    await settle(page);
    expect(await editor.text()).toBe('');
  });

  test('a page that restyles the warning as the person types ends it with nothing pasted', async () => {
    const page = await browser().context.newPage();
    const editor = await openEditor(page, SITE);
    await pasteText(page, TOKEN_TEXT);
    await expect(warningDialog(page)).toBeVisible();

    // In one task: a style sheet that would make Paste anyway look like Cancel, then an input
    // event in the reason box, which once made the warning render and hid the change.
    await changeWarning(page, (shadow) => {
      const style = document.createElement('style');
      style.textContent = '.danger { background: #fff !important; color: #111 !important; }';
      shadow.append(style);
      const reason = shadow.querySelector('textarea');
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
      setValue?.set?.call(reason, 'ok');
      reason?.dispatchEvent(new Event('input', { bubbles: true }));
    });

    await expect(warningDialog(page)).toBeHidden();
    await expect(page.getByRole('status')).toContainText('the page covered or changed the warning');
    await settle(page);
    expect(await editor.text()).toBe('');
  });
});
