import { expect, test } from './support/extension';

const GUIDANCE_HEADINGS = [
  'API keys, passwords and access tokens',
  'Encryption in transit and at rest',
  /^Compliance duties/,
];

test('the popup shows the guidance sections', async ({ page, extensionId }) => {
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);

  for (const name of GUIDANCE_HEADINGS) {
    await expect(page.getByRole('heading', { name })).toBeVisible();
  }
  await page.screenshot({ path: 'test-results/popup.png', fullPage: true });
});
