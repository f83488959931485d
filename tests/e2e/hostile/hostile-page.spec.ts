import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { pasteText } from '../support/clipboard';
import { expect, test } from '../support/extension';
import { FIXTURES_DIR } from '../support/paths';
import { FAKE_GITHUB_TOKEN } from '../support/samples';
import { warningDialog } from '../support/warning-dialog';

test('a page script cannot click "Paste anyway" or press Escape for the person', async ({
  page,
  openEditor,
}) => {
  const editor = await openEditor(page, 'chatgpt.com');
  await pasteText(page, `token ${FAKE_GITHUB_TOKEN}`);
  await expect(warningDialog(page)).toBeVisible();

  await warningDialog(page).evaluate((dialog) => {
    for (const button of dialog.querySelectorAll('button')) button.click();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });

  await expect(warningDialog(page)).toBeVisible();
  expect(await editor.text()).toBe('');
});

test('a page that stops paste events on window from its first script cannot skip the guard', async ({
  page,
  openEditor,
}) => {
  // The hostile listener goes in as the page's very first script, the earliest a real page
  // can run: the guard registered at document_start, before any page script.
  await page.route('https://chatgpt.com/', async (route) => {
    const html = await readFile(path.join(FIXTURES_DIR, 'prosemirror', 'index.html'), 'utf8');
    const swallow = `<script>
      const swallow = (event) => event.stopImmediatePropagation();
      window.addEventListener('paste', swallow, true);
      document.addEventListener('paste', swallow, true);
      addEventListener('load', () => window.addEventListener('paste', swallow, true));
    </script>`;
    await route.fulfill({
      contentType: 'text/html',
      body: html.replace('<head>', `<head>${swallow}`),
    });
  });
  const editor = await openEditor(page, 'chatgpt.com');
  await pasteText(page, `token ${FAKE_GITHUB_TOKEN}`);

  await expect(warningDialog(page)).toBeVisible();
  expect(await editor.text()).toBe('');
});

test('a page that fakes a newer copy of the guard starting cannot stop the guard', async ({
  page,
  openEditor,
  extensionId,
}) => {
  const editor = await openEditor(page, 'chatgpt.com');
  // WXT's content-script context stops itself when a newer copy of the same script announces
  // itself with this event; a page can send the same words.
  await page.evaluate((id) => {
    const type = `${id}:guard:wxt:content-script-started`;
    const detail = { contentScriptName: 'guard', messageId: 'page' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  }, extensionId);

  await pasteText(page, `token ${FAKE_GITHUB_TOKEN}`);

  await expect(warningDialog(page)).toContainText('GitHub token');
  expect(await editor.text()).toBe('');
});

test('a page that rewrites its own document with document.open() is still guarded', async ({
  page,
  openEditor,
}) => {
  await openEditor(page, 'chatgpt.com');
  // document.open() erases every listener on the window, the guard's included.
  await page.evaluate(() => {
    document.open();
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the hostile page's own tool
    document.write('<!doctype html><textarea aria-label="Message"></textarea>');
    document.close();
  });
  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.focus();

  await pasteText(page, `token ${FAKE_GITHUB_TOKEN}`);

  await expect(warningDialog(page)).toContainText('GitHub token');
  await expect(composer).toHaveValue('');
});

test('a page that replaces EventTarget.prototype cannot unhook the guard', async ({
  page,
  openEditor,
}) => {
  await page.addInitScript(() => {
    EventTarget.prototype.addEventListener = () => undefined;
    EventTarget.prototype.removeEventListener = () => undefined;
    Event.prototype.preventDefault = () => undefined;
  });
  await openEditor(page, 'copilot.microsoft.com').catch(() => undefined);
  await page.locator('textarea').first().focus();
  await pasteText(page, `token ${FAKE_GITHUB_TOKEN}`);

  await expect(warningDialog(page)).toBeVisible();
});

test('guards a composer inside an open shadow root and inside a same-origin frame', async ({
  page,
  openEditor,
}) => {
  await openEditor(page, 'chat.deepseek.com');
  await page.evaluate(() => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<textarea id="shadow-composer"></textarea>';
    const frame = document.createElement('iframe');
    frame.id = 'same-origin-frame';
    frame.src = '/';
    document.body.append(host, frame);
  });

  await page.locator('#shadow-composer').focus();
  await pasteText(page, `token ${FAKE_GITHUB_TOKEN}`);
  await expect(warningDialog(page)).toBeVisible();
  await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('#shadow-composer')).toHaveValue('');

  const frame = page.frameLocator('#same-origin-frame');
  await frame.locator('textarea').focus();
  await pasteText(page, `token ${FAKE_GITHUB_TOKEN}`);
  // The page's guard guards its same-origin frames; the warning opens where it has room.
  await expect(warningDialog(page)).toBeVisible();
  await expect(frame.getByRole('alertdialog')).toHaveCount(0);
  await expect(frame.locator('textarea')).toHaveValue('');
});
