import type { Page } from '@playwright/test';

import { pasteText } from '../support/clipboard';
import type { EditorPage } from '../support/editor';
import { expect, test } from '../support/extension';
import { FAKE_GITHUB_TOKEN } from '../support/samples';
import { expectEndedByPage, openWarning, settle, warningDialog } from '../support/warning-dialog';

const TOKEN_TEXT = `token ${FAKE_GITHUB_TOKEN}`;

/** Long enough for a person to answer; far shorter than the page's covering would last. */
const ANSWER_TIMEOUT = 3000;

/**
 * Clicks a button of the warning as a person would. Playwright clicks only when the button is
 * what the browser hits at that point, so a warning covered by the page's own top layer, or made
 * inert by the page's modal, fails here.
 */
async function answer(page: Page, name: 'Cancel' | 'Paste anyway'): Promise<void> {
  const button = warningDialog(page).getByRole('button', { name, exact: true });
  await button.click({ timeout: ANSWER_TIMEOUT });
  await expect(warningDialog(page)).toBeHidden();
}

/** Pastes the token twice: Cancel keeps the composer empty, then Paste anyway fills it. */
async function expectCancelThenPasteAnyway(page: Page, editor: EditorPage): Promise<void> {
  await pasteText(page, TOKEN_TEXT);
  await expect(warningDialog(page).getByRole('button', { name: 'Cancel' })).toBeFocused();
  await answer(page, 'Cancel');
  await settle(page);
  expect(await editor.text()).toBe('');

  await editor.focus();
  await pasteText(page, TOKEN_TEXT);
  await answer(page, 'Paste anyway');
  await expect.poll(() => editor.text()).toBe(TOKEN_TEXT);
}

/** Moves the composer into a modal `<dialog>` of the page's and opens it. */
async function openComposerInPageModal(page: Page): Promise<void> {
  await page.evaluate(() => {
    const modal = document.createElement('dialog');
    modal.id = 'page-modal';
    const composer = document.querySelector('.composer');
    if (composer) modal.append(composer);
    document.body.append(modal);
    modal.showModal();
  });
}

test('the warning shows above a modal dialog the page opened before the paste', async ({
  page,
  openEditor,
}) => {
  const editor = await openEditor(page, 'chat.deepseek.com');
  await openComposerInPageModal(page);
  await editor.focus();

  await expectCancelThenPasteAnyway(page, editor);
});

test('Escape over a page modal cancels the warning and leaves the page modal open', async ({
  page,
  openEditor,
}) => {
  const editor = await openEditor(page, 'chat.deepseek.com');
  await openComposerInPageModal(page);
  await editor.focus();
  await pasteText(page, TOKEN_TEXT);
  await expect(warningDialog(page)).toBeVisible();

  await page.keyboard.press('Escape');

  await expect(warningDialog(page)).toBeHidden();
  await settle(page);
  expect(await editor.text()).toBe('');
  expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(true);
});

test('the warning shows above an element the page made fullscreen before the paste', async ({
  page,
  openEditor,
}) => {
  const editor = await openEditor(page, 'chat.deepseek.com');
  // Fullscreen needs a person's gesture: the page offers a "focus mode" button, the person clicks.
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.textContent = 'Focus mode';
    button.addEventListener('click', () => {
      void document.querySelector('.composer')?.requestFullscreen();
    });
    document.body.prepend(button);
  });
  await page.getByRole('button', { name: 'Focus mode' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await editor.focus();

  await expectCancelThenPasteAnyway(page, editor);
});

test('the warning shows above a popover the page opened before the paste', async ({
  page,
  openEditor,
}) => {
  const editor = await openEditor(page, 'chat.deepseek.com');
  // A "what's new" sheet over the whole window, opened manually so nothing dismisses it.
  await page.evaluate(() => {
    const sheet = document.createElement('div');
    sheet.popover = 'manual';
    sheet.textContent = "What's new";
    sheet.style.cssText = 'inset: 0; width: 100vw; height: 100vh; margin: 0; background: #eef';
    document.body.append(sheet);
    sheet.showPopover();
  });
  await editor.focus();

  await expectCancelThenPasteAnyway(page, editor);
});

/**
 * Makes the page open a modal dialog of its own once the warning is up; `holdsComposer` moves
 * the composer into it, as a site's "expanded editor" would.
 */
async function openPageModalOverWarning(page: Page, holdsComposer = false): Promise<void> {
  await expect(warningDialog(page)).toBeVisible();
  await page.evaluate((holds) => {
    const modal = document.createElement('dialog');
    modal.innerHTML = `<p>Your session is about to expire</p>
      <form method="dialog"><button>Stay signed in</button></form>`;
    const composer = document.querySelector('.composer');
    if (holds && composer) modal.append(composer);
    document.body.append(modal);
    modal.showModal();
  }, holdsComposer);
}

test('Cancel stays within reach when the page opens a modal dialog over the warning', async ({
  page,
  openEditor,
}) => {
  const editor = await openWarning(page, openEditor);
  await openPageModalOverWarning(page);

  await answer(page, 'Cancel');

  await settle(page);
  expect(await editor.text()).toBe('');
  // The page's own modal is still there, under where the warning was.
  await expect(page.getByRole('button', { name: 'Stay signed in' })).toBeVisible();
});

test('Paste anyway stays within reach when the page opens a modal dialog over the warning', async ({
  page,
  openEditor,
}) => {
  const editor = await openWarning(page, openEditor);
  await openPageModalOverWarning(page, true);

  await answer(page, 'Paste anyway');

  await expect.poll(() => editor.text()).toBe(TOKEN_TEXT);
});

test('Paste anyway inserts nothing into a composer that the page’s new modal made inert', async ({
  page,
  openEditor,
}) => {
  const editor = await openWarning(page, openEditor);
  await openPageModalOverWarning(page);

  // The person still sees and answers the warning, but the page's modal, opened after the
  // paste, blocks the composer: no browser path can put text into an inert element.
  await answer(page, 'Paste anyway');

  await settle(page);
  expect(await editor.text()).toBe('');
});

test('a page that keeps reopening its modal over the warning ends it with nothing pasted', async ({
  page,
  openEditor,
}) => {
  const editor = await openWarning(page, openEditor);

  await page.evaluate(() => {
    const modal = document.createElement('dialog');
    modal.textContent = 'Look at me';
    document.body.append(modal);
    setInterval(() => {
      modal.close();
      modal.showModal();
    }, 20);
  });

  await expectEndedByPage(page, editor);
});

test('a page that asks our warning to close (requestClose) ends it as one the page ended', async ({
  page,
  openEditor,
}) => {
  const editor = await openWarning(page, openEditor);

  await page.evaluate(() => {
    for (const element of document.documentElement.children) {
      element.shadowRoot?.querySelector('dialog')?.requestClose();
    }
  });

  await expectEndedByPage(page, editor);
});
