import type { EditorWindow } from '../../fixtures/editors/shared/editor-hook';
import { pasteText, writeClipboard } from '../support/clipboard';
import { expect, test } from '../support/extension';
import { FAKE_GITHUB_TOKEN } from '../support/samples';
import { warningDialog } from '../support/warning-dialog';

// Scenarios 1, 2, 3 and 7 of shared/cases/scenarios.md: where the text is, and when it leaves.

const PII = 'Contact jane@example.com IBAN DE89370400440532013000';
// Made up, in the shape of an AWS access key ID (not AWS's documented example, which is allowed).
const FAKE_AWS_KEY = 'AKIAZ7QWERTYUIOP2345';

test('a paste into the ProseMirror editor that replaced the textarea waits for the person', async ({
  page,
}) => {
  await page.goto('https://chatgpt.com/?swap=1');
  await expect(page.locator('.composer textarea')).toBeVisible();
  await writeClipboard(page, PII);

  // Paste the moment the new editor appears, before anything else happens on the page.
  await page.locator('.ProseMirror').waitFor();
  await page.locator('.ProseMirror').focus();
  await page.keyboard.press('ControlOrMeta+V');

  await expect(warningDialog(page)).toContainText('IBAN');
  const read = () => page.evaluate(() => (window as EditorWindow).__editor?.text());
  expect(await read(), 'nothing may land before the person decides').toBe('');
  await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  expect(await read()).toBe('');
});

test('Enter checks the composer the person is typing in, not an empty search box before it', async ({
  page,
  openEditor,
}) => {
  const editor = await openEditor(page, 'chat.mistral.ai', { decoy: '1', enter: 'send' });
  await page.keyboard.type(`deploy with ${FAKE_GITHUB_TOKEN}`);

  await page.keyboard.press('Enter');

  await expect(warningDialog(page)).toContainText('GitHub token');
  await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();
  expect(await editor.sent()).toEqual([]);

  // Enter in the empty search box is nothing the guard has to ask about.
  await page.getByRole('searchbox', { name: 'Search chats' }).click();
  await page.keyboard.press('Enter');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('Enter that picks a word in an IME composition is neither stopped nor sent', async ({
  page,
  openEditor,
}) => {
  const editor = await openEditor(page, 'chatgpt.com', { enter: 'send' });
  await page.keyboard.type(`token ${FAKE_GITHUB_TOKEN} `);

  // Chromium's own IME path: a trusted compositionstart, then Enter keydowns that carry
  // isComposing (keyCode 13 from the key, 229 as Windows IMEs report it).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
  await page.keyboard.press('Enter');
  const imeEnter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...imeEnter });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...imeEnter });

  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(await editor.sent()).toEqual([]);

  // Once the word is committed, Enter sends, and the guard asks.
  await cdp.send('Input.insertText', { text: 'にほん' });
  await cdp.detach();
  await page.keyboard.press('Enter');
  await expect(warningDialog(page)).toContainText('GitHub token');
  expect(await editor.sent()).toEqual([]);
});

test('an AWS key typed character by character is caught when sent', async ({
  page,
  openEditor,
}) => {
  const editor = await openEditor(page, 'copilot.microsoft.com', { enter: 'send' });

  await page.keyboard.type(`my key is ${FAKE_AWS_KEY}`, { delay: 5 });
  await page.keyboard.press('Enter');

  await expect(warningDialog(page)).toContainText('AWS access key ID');
  await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();
  expect(await editor.sent()).toEqual([]);
});

test('the same AWS key pasted is caught before it lands', async ({ page, openEditor }) => {
  const editor = await openEditor(page, 'copilot.microsoft.com', { enter: 'send' });

  await pasteText(page, `my key is ${FAKE_AWS_KEY}`);

  await expect(warningDialog(page)).toContainText('AWS access key ID');
  expect(await editor.text()).toBe('');
});
