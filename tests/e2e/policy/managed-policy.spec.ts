import { expect, test } from '@playwright/test';

import { DEFAULT_POLICY } from '../../../utils/policy/default-policy';

import { pasteText } from '../support/clipboard';
import { openEditor } from '../support/editor';
import { EXTENSION_ID, shareManagedBrowser } from '../support/managed-policy';
import { FAKE_GITHUB_TOKEN } from '../support/samples';
import { warningDialog } from '../support/warning-dialog';

// One policy, as an administrator would push it, with two fields Chrome accepts but our schema
// does not: the extension must report them by path and keep guarding with everything else.
const POLICY = {
  organization: {
    name: 'Example Corp',
    contact: 'security@example.com',
    helpUrl: 'http://intranet.example.com/ai',
  },
  guidance: [
    {
      id: 'customer-data',
      title: 'Customer data stays in the CRM',
      body: 'Never paste customer records into AI tools. Ask **#privacy** first.',
      tags: ['customer data', 'crm'],
    },
  ],
  sites: { add: ['ai.internal.example', 'not a host!!'], remove: [] },
  keywords: [{ term: 'Project Bluebird', severity: 'high' }],
  actions: { ...DEFAULT_POLICY.actions, keyword: { low: 'block', medium: 'block', high: 'block' } },
};

test.describe('a managed policy pushed through Chromium enterprise policy', () => {
  const browser = shareManagedBrowser(POLICY);

  test('guards an internal AI host that only the policy names', async () => {
    const page = await browser().context.newPage();
    const editor = await openEditor(page, 'ai.internal.example');
    await pasteText(page, `token ${FAKE_GITHUB_TOKEN}`);

    await expect(warningDialog(page)).toBeVisible();
    await expect(warningDialog(page)).toContainText('GitHub token');
    expect(await editor.text()).toBe('');
  });

  test('blocks a custom keyword: only Cancel is offered and nothing lands', async () => {
    const page = await browser().context.newPage();
    const editor = await openEditor(page, 'chatgpt.com');
    await pasteText(page, 'Launch plan for Project Bluebird in Q3');

    const dialog = warningDialog(page);
    await expect(dialog).toContainText('Term your organization protects');
    await expect(dialog.getByRole('button', { name: 'Paste anyway' })).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Redact and paste' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(await editor.text()).toBe('');
  });

  test("keeps guarding with the policy's valid fields despite the invalid ones", async () => {
    const page = await browser().context.newPage();
    const editor = await openEditor(page, 'claude.ai');
    await pasteText(page, FAKE_GITHUB_TOKEN);

    await expect(warningDialog(page)).toBeVisible();
    await warningDialog(page).getByRole('button', { name: 'Redact and paste' }).click();
    await expect.poll(() => editor.text()).toBe('[REDACTED:github-token]');
  });

  test("shows the organization's guidance and the locked state in the popup", async () => {
    const page = await browser().context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);

    await expect(
      page.getByText('Managed by Example Corp: these settings are locked.'),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Customer data stays in the CRM' }),
    ).toBeVisible();
    await expect(page.getByText('Questions? Contact security@example.com.')).toBeVisible();
  });

  test('names each invalid field in the options page', async () => {
    const page = await browser().context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);

    const problems = page.getByRole('list').filter({ hasText: 'sites.add[1]' });
    await expect(problems).toContainText('sites.add[1]: not a valid host pattern');
    await expect(problems).toContainText('organization.helpUrl: must be an https:// URL');
    await expect(page.getByText('Set by Example Corp through managed storage.')).toBeVisible();
  });
});
