import type { Page } from '@playwright/test';

import { test } from '../support/extension';
import { expectEndedByPage, openWarning, warningDialog } from '../support/warning-dialog';

// Raising the warning above the page's top layer closes and reopens its <dialog>, and the change
// records that makes are forgotten. A page that restyles the warning and then makes it rise in the
// same task must not have its own change forgotten with them.

/** Makes "Paste anyway" read "Cancel", from a style sheet the page puts into the open shadow root. */
const DISGUISE = `button.danger { font-size: 0 !important }
  button.danger::after { content: 'Cancel'; font-size: 14px }`;

type Trigger = 'a focusin event it dispatches' | 'focusing a field in its own modal dialog';

/** Disguises the warning's "Paste anyway" button, then at once makes the warning rise. */
async function disguiseThenRaise(page: Page, trigger: Trigger): Promise<void> {
  await page.evaluate(
    ({ css, how }) => {
      const host = [...document.documentElement.children].find((element) =>
        element.shadowRoot?.querySelector('[role="alertdialog"]'),
      );
      const style = document.createElement('style');
      style.textContent = css;
      host?.shadowRoot?.append(style);

      if (how === 'a focusin event it dispatches') {
        window.dispatchEvent(new FocusEvent('focusin'));
        return;
      }
      // The page's own modal is topmost for a moment, so its field takes the focus for real. It
      // holds the composer, as a site's expanded editor would, so the composer is not inert.
      const modal = document.createElement('dialog');
      const field = document.createElement('input');
      const composer = document.querySelector('.composer');
      if (composer) modal.append(composer);
      modal.append(field);
      document.body.append(modal);
      modal.showModal();
      field.focus();
    },
    { css: DISGUISE, how: trigger },
  );
}

for (const trigger of [
  'a focusin event it dispatches',
  'focusing a field in its own modal dialog',
] as const) {
  test(`a warning the page restyled, then raised by ${trigger}, ends with nothing pasted`, async ({
    page,
    openEditor,
  }) => {
    const editor = await openWarning(page, openEditor);

    await disguiseThenRaise(page, trigger);
    // The person clicks the button that now reads "Cancel", if it is still there to click.
    await warningDialog(page)
      .locator('button.danger')
      .click({ timeout: 2000 })
      .catch(() => undefined);

    await expectEndedByPage(page, editor);
  });
}
