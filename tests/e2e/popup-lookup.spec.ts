import { expect, test } from './support/extension';
import { FAKE_GITHUB_TOKEN } from './support/samples';

test.beforeEach(async ({ page, extensionId }) => {
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
});

test('finds the guidance on customer data as the person types', async ({ page }) => {
  await page.getByRole('searchbox', { name: 'Search the policy' }).fill('customer data');

  const headings = page.getByRole('region', { name: 'AI-usage guidance' }).getByRole('heading');
  await expect(headings.first()).toHaveText('What must never go into AI tools');
  await expect(
    page.getByRole('heading', { name: 'Encryption in transit and at rest' }),
  ).toHaveCount(0);
});

test('says so when nothing in the guidance matches', async ({ page }) => {
  await page.getByRole('searchbox', { name: 'Search the policy' }).fill('quantum banana');

  await expect(page.getByText('No guidance matches “quantum banana”.')).toBeVisible();
});

test('reports a planted key in the check-text box, masked, without sending it anywhere', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByText('Check text before you paste').click();
  await page.getByLabel('Text to check (stays on this device)').fill(`token ${FAKE_GITHUB_TOKEN}`);

  const result = page.getByRole('status').filter({ hasText: 'Found' });
  await expect(result).toContainText('Found 1 item(s):');
  await expect(result).toContainText('GitHub token');
  await expect(result).toContainText('ghp_…Bxe');
  expect(requests.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
});

test('works from the keyboard alone: search, then read the first match', async ({ page }) => {
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('type'));
  for (let step = 0; step < 10 && (await focused()) !== 'search'; step += 1) {
    await page.keyboard.press('Tab');
  }

  expect(await focused()).toBe('search');
  await page.keyboard.type('hipaa');
  await expect(
    page.getByRole('region', { name: 'AI-usage guidance' }).getByRole('heading').first(),
  ).toHaveText('Compliance duties: GDPR, HIPAA and contracts');
});
