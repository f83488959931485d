import { test } from '../support/extension';
import { expectEndedByPage, openWarning } from '../support/warning-dialog';

// The page cannot change the warning inside its shadow root unseen, but it can reach the element
// that hosts it: remove it, move it out of the top layer, or make it inert. Each leaves a person
// with a warning they cannot answer, or none at all; each must end it as a Cancel, and say so.

const DISPLACEMENTS = [
  'removes its host',
  'moves its host into the body',
  'makes its host inert',
  'makes the root element inert',
] as const;

for (const what of DISPLACEMENTS) {
  test(`a page that ${what} ends the warning as a Cancel and is told so`, async ({
    page,
    openEditor,
  }) => {
    const editor = await openWarning(page, openEditor);

    await page.evaluate((displacement) => {
      const host = [...document.documentElement.children].find((element) =>
        element.shadowRoot?.querySelector('[role="alertdialog"]'),
      );
      if (!host) throw new Error('No warning host');

      if (displacement === 'removes its host') host.remove();
      else if (displacement === 'moves its host into the body') document.body.append(host);
      else if (displacement === 'makes its host inert') (host as HTMLElement).inert = true;
      else document.documentElement.inert = true;
    }, what);

    await expectEndedByPage(page, editor);
  });
}
