import type { Page } from '@playwright/test';

import { pasteText } from '../support/clipboard';
import { dropOnto } from '../support/drag';
import { expect, test } from '../support/extension';
import { FAKE_GITHUB_TOKEN } from '../support/samples';
import { colourAt } from '../support/screen';
import { expectRecentWarning, openWarning, settle, warningDialog } from '../support/warning-dialog';

const TOKEN_TEXT = `token ${FAKE_GITHUB_TOKEN}`;

/** The name the guard's warning element once had: a page could borrow it to look like ours. */
const OLD_HOST_NAME = 'ai-paste-guard-dialog';

/** Moves the fixture's composer into an element of the page's making named like our warning. */
async function wrapComposerInLookalike(page: Page): Promise<void> {
  await page.evaluate((name) => {
    const composer = document.querySelector('.composer');
    const lookalike = document.createElement(name);
    composer?.before(lookalike);
    if (composer) lookalike.append(composer);
  }, OLD_HOST_NAME);
}

test.describe('a composer inside a page element named like our warning', () => {
  test('is still guarded against a pasted token', async ({ page, openEditor }) => {
    const editor = await openEditor(page, 'chat.deepseek.com');
    await wrapComposerInLookalike(page);
    await editor.focus();

    await pasteText(page, TOKEN_TEXT);

    await expect(warningDialog(page)).toContainText('GitHub token');
    expect(await editor.text()).toBe('');
  });

  test('is still guarded against a dropped token', async ({ page, openEditor }) => {
    const editor = await openEditor(page, 'chat.deepseek.com');
    await wrapComposerInLookalike(page);

    await dropOnto(page, page.locator('.composer'), { items: { 'text/plain': TOKEN_TEXT } });

    await expect(warningDialog(page)).toContainText('GitHub token');
    expect(await editor.text()).toBe('');
  });

  test('is still guarded against a typed token sent with Enter', async ({ page, openEditor }) => {
    const editor = await openEditor(page, 'chat.deepseek.com', { enter: 'send' });
    await wrapComposerInLookalike(page);
    await editor.focus();

    await page.keyboard.type(TOKEN_TEXT);
    await page.keyboard.press('Enter');

    await expect(warningDialog(page)).toContainText('GitHub token');
    await settle(page);
    expect(await editor.sent()).toEqual([]);
  });
});

test('a page that registers its own element under our old name still gets the warning', async ({
  page,
  openEditor,
}) => {
  await page.addInitScript((name) => {
    customElements.define(
      name,
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'closed' });
        }
      },
    );
  }, OLD_HOST_NAME);
  const editor = await openEditor(page, 'chat.deepseek.com');

  await pasteText(page, TOKEN_TEXT);

  await expect(warningDialog(page)).toContainText('GitHub token');
  expect(await editor.text()).toBe('');
});

for (const pageCss of [
  ':root > :last-child { opacity: 0 !important }',
  ':root > :last-child { visibility: hidden !important; display: none !important }',
  ':root > :last-child { transform: translateX(-10000px) !important; clip-path: inset(50%) }',
  `${OLD_HOST_NAME}, html > * { filter: opacity(0) !important; z-index: -1 !important }`,
]) {
  test(`page CSS cannot hide the warning: ${pageCss}`, async ({ page, openEditor }) => {
    await openEditor(page, 'chat.deepseek.com');
    await page.addStyleTag({ content: pageCss });

    await pasteText(page, TOKEN_TEXT);

    await expect(warningDialog(page)).toBeVisible();
    const hostStyle = await warningDialog(page).evaluate((dialog) => {
      const { host } = dialog.getRootNode() as ShadowRoot;
      const style = getComputedStyle(host);
      return {
        opacity: style.opacity,
        visibility: style.visibility,
        transform: style.transform,
        filter: style.filter,
        clipPath: style.clipPath,
      };
    });
    expect(hostStyle).toEqual({
      opacity: '1',
      visibility: 'visible',
      transform: 'none',
      filter: 'none',
      clipPath: 'none',
    });
  });
}

test('a page that swaps the labels of Cancel and Paste anyway cannot make the person paste', async ({
  page,
  context,
  extensionId,
  openEditor,
}) => {
  const editor = await openEditor(page, 'chat.deepseek.com');
  // The page finds the warning the way any script can (an open shadow root on a child of <html>)
  // and swaps the two labels, hoping the person clicks the red button that now reads "Cancel".
  await page.evaluate(() => {
    const swapLabels = () => {
      for (const element of document.documentElement.children) {
        const buttons = [...(element.shadowRoot?.querySelectorAll('button') ?? [])];
        const cancel = buttons.find((button) => button.textContent === 'Cancel');
        const allow = buttons.find((button) => button.textContent === 'Paste anyway');
        if (!cancel || !allow) continue;

        cancel.textContent = 'Paste anyway';
        allow.textContent = 'Cancel';
        return;
      }

      requestAnimationFrame(swapLabels);
    };
    swapLabels();
  });

  await pasteText(page, TOKEN_TEXT);
  const relabelled = warningDialog(page).getByRole('button', { name: 'Cancel', exact: true });
  await relabelled.click({ timeout: 2000 }).catch(() => undefined);

  await expect(warningDialog(page)).toBeHidden();
  await settle(page);
  expect(await editor.text()).toBe('');
  await expect(page.getByRole('status'), 'the person is told why').toContainText(
    'the page covered or changed the warning, so nothing was pasted',
  );

  // The toolbar popup tells this Cancel apart from one the person chose.
  await expectRecentWarning(
    context,
    extensionId,
    'chat.deepseek.com',
    'cancelled: the page covered or changed the warning',
  );
});

test('a page that relabels buttons with a style sheet adopted into the warning pastes nothing', async ({
  page,
  openEditor,
}) => {
  const editor = await openWarning(page, openEditor);
  // Adopted style sheets change no node, so no mutation tells of them: the red button now
  // reads "Cancel" and the real Cancel is gone from sight.
  await warningDialog(page).evaluate((dialog) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      button:not(.danger) { display: none }
      button.danger { font-size: 0 }
      button.danger::after { content: "Cancel"; font-size: 14px }
    `);
    (dialog.getRootNode() as ShadowRoot).adoptedStyleSheets = [sheet];
  });

  await warningDialog(page).locator('button.danger').click();

  await expect(warningDialog(page)).toBeHidden();
  await settle(page);
  expect(await editor.text()).toBe('');
});

/** The colour of the page's fake "Continue" button. */
const FAKE_BLUE = 'rgb(37, 99, 235)';

/**
 * Paints a fake "Continue" over Paste anyway from the page's own popover. A popover sits above
 * every z-index, and pointer-events: none lets the click through to our button: the person reads
 * "Continue" and clicks Paste anyway. `repaint` shows it again at every frame.
 */
async function paintFakeButtonOver(page: Page, repaint: boolean): Promise<void> {
  const allow = warningDialog(page).getByRole('button', { name: 'Paste anyway' });
  const box = await allow.boundingBox();
  await page.evaluate(
    ({ area, again }) => {
      const overlay = document.createElement('div');
      overlay.popover = 'manual';
      overlay.style.cssText =
        'inset: 0; margin: 0; border: 0; background: none; pointer-events: none';
      const fake = document.createElement('div');
      fake.textContent = 'Continue';
      fake.style.cssText = `position: fixed; left: ${area?.x ?? 0}px; top: ${area?.y ?? 0}px;
        width: ${area?.width ?? 0}px; height: ${area?.height ?? 0}px; background: #2563eb`;
      overlay.append(fake);
      document.body.append(overlay);
      overlay.showPopover();
      const showAgain = () => {
        overlay.hidePopover();
        overlay.showPopover();
        requestAnimationFrame(showAgain);
      };
      if (again) requestAnimationFrame(showAgain);
    },
    { area: box, again: repaint },
  );
  // What a person takes to read the fake label: the browser has long since seen it painted.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
}

test('a fake button the page paints over Paste anyway from the top layer ends up under the warning', async ({
  page,
  openEditor,
}) => {
  const editor = await openWarning(page, openEditor);
  const allow = warningDialog(page).getByRole('button', { name: 'Paste anyway' });
  const box = await allow.boundingBox();

  await paintFakeButtonOver(page, false);

  // The warning went back above the popover: the person sees our button, not "Continue".
  const centre = { x: (box?.x ?? 0) + (box?.width ?? 0) / 2, y: (box?.y ?? 0) + 4 };
  expect(await colourAt(page, centre)).not.toBe(FAKE_BLUE);
  await allow.click();
  await expect.poll(() => editor.text()).toBe(TOKEN_TEXT);
});

test('a page that keeps painting a fake button over Paste anyway pastes nothing', async ({
  page,
  openEditor,
}) => {
  const editor = await openWarning(page, openEditor);
  const allow = warningDialog(page).getByRole('button', { name: 'Paste anyway' });

  await paintFakeButtonOver(page, true);
  await allow.click({ force: true, timeout: 1000 }).catch(() => undefined);

  await expect(warningDialog(page)).toBeHidden();
  await settle(page);
  expect(await editor.text()).toBe('');
});
