import { expect, test } from './support/extension';
import { FIXTURE_SITES } from './support/sites';

// These check the test harness itself, so that a guard test failing means the guard failed.

test('loads the built extension under its pinned id', ({ extensionId }) => {
  expect(extensionId).toBe('gnnfcldoeebcbacblmagechhgcomgkla');
});

test('answers unknown paths on an AI host with 404', async ({ page }) => {
  const response = await page.goto('https://chatgpt.com/backend-api/conversation');
  expect(response?.status()).toBe(404);
});

test('never reaches a host that has no fixture page', async ({ page }) => {
  await expect(page.goto('https://example.com/')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
});

for (const site of FIXTURE_SITES) {
  test(`typing into ${site.label} updates the editor's own model`, async ({ page, openEditor }) => {
    const editor = await openEditor(page, site.host);

    await page.keyboard.type('Hello there');
    await page.keyboard.press('Enter');
    await page.keyboard.type('second line');

    await expect.poll(() => editor.text()).toBe('Hello there\nsecond line');
    expect(await editor.pastes()).toBe(0);
  });
}
