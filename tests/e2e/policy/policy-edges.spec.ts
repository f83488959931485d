import { expect, test as plainTest } from '@playwright/test';

import { pasteText } from '../support/clipboard';
import { openEditor } from '../support/editor';
import { test } from '../support/extension';
import {
  canWriteManagedPolicy,
  launchWithManagedPolicy,
  removeManagedPolicy,
  writeManagedPolicy,
  type ManagedBrowser,
} from '../support/managed-policy';
import { FAKE_GITHUB_TOKEN } from '../support/samples';
import { warningDialog } from '../support/warning-dialog';
import { DEFAULT_POLICY } from '../../../utils/policy/default-policy';

// Scenario 10 of shared/cases/scenarios.md, the edges managed-policy.spec.ts leaves out. A
// managed storage that throws is Firefox's answer without a policy; Chromium never throws.

test('with no managed policy (storage answers {}) the built-in default guards the page', async ({
  page,
  extensionId,
}) => {
  const editor = await openEditor(page, 'chatgpt.com');
  await pasteText(page, `token ${FAKE_GITHUB_TOKEN}`);
  await expect(warningDialog(page)).toContainText('GitHub token');
  expect(await editor.text()).toBe('');

  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByText('Running on the built-in default policy.')).toBeVisible();
});

function blockTerm(term: string) {
  return {
    organization: { name: 'Example Corp', contact: 'security@example.com' },
    keywords: [{ term, severity: 'high' }],
    actions: {
      ...DEFAULT_POLICY.actions,
      keyword: { low: 'block', medium: 'block', high: 'block' },
    },
  };
}

plainTest.describe('a managed policy changed while the browser runs', () => {
  plainTest.skip(!canWriteManagedPolicy(), 'needs root to write /etc/chromium/policies/managed');

  let browser: ManagedBrowser | undefined;

  plainTest.afterEach(async () => {
    await browser?.close();
    removeManagedPolicy();
  });

  plainTest('takes effect after "Reload policies" without a restart', async () => {
    browser = await launchWithManagedPolicy(blockTerm('Project Bluebird'));
    const before = await browser.context.newPage();
    await openEditor(before, 'chatgpt.com');
    await pasteText(before, 'Launch plan for Project Redwood');
    await expect(before.getByRole('alertdialog')).toHaveCount(0);

    writeManagedPolicy(blockTerm('Project Redwood'));
    const policyPage = await browser.context.newPage();
    await policyPage.goto('chrome://policy');
    await policyPage.getByRole('button', { name: 'Reload policies' }).click();
    await expect(policyPage.getByText('Project Redwood').first()).toBeAttached({ timeout: 10_000 });

    const page = await browser.context.newPage();
    const editor = await openEditor(page, 'chatgpt.com');
    await expect(async () => {
      await editor.focus();
      await pasteText(page, 'Launch plan for Project Redwood');
      await expect(warningDialog(page)).toContainText('Term your organization protects', {
        timeout: 1_000,
      });
    }).toPass({ timeout: 15_000 });
    await expect(warningDialog(page).getByRole('button', { name: 'Paste anyway' })).toHaveCount(0);
  });
});
