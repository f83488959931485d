import { expect, test } from '@playwright/test';

import { pasteText } from '../support/clipboard';
import { openEditor } from '../support/editor';
import {
  canWriteManagedPolicy,
  launchWithManagedPolicy,
  removeManagedPolicy,
  type ManagedBrowser,
} from '../support/managed-policy';
import { warningDialog } from '../support/warning-dialog';
import {
  BOARD_MEMO,
  CUSTOMER_NAME,
  customerTable,
  DOCUMENTS_POLICY,
  MEMO_EXCERPT,
} from './support';

/** The little of the worker's `chrome` global and stored policy that the first test reads. */
interface ChromeStorage {
  storage: { local: { get: (key: string) => Promise<Record<string, unknown>> } };
}

interface StoredPolicy {
  problems: unknown[];
  policy: { hashedTerms: unknown; fingerprints: unknown };
}

test.describe('sensitive documents under a managed policy', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(!canWriteManagedPolicy(), 'needs root to write /etc/chromium/policies/managed');

  let browser: ManagedBrowser;

  test.beforeAll(async () => {
    browser = await launchWithManagedPolicy(DOCUMENTS_POLICY);
  });

  test.afterAll(async () => {
    await browser.close();
    removeManagedPolicy();
  });

  test('receives the hashed terms and fingerprints through Chrome without a problem', async () => {
    const stored = await browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeStorage };
      return (await chrome.storage.local.get('resolvedPolicy')).resolvedPolicy as StoredPolicy;
    });

    expect(stored.problems).toEqual([]);
    expect(stored.policy.hashedTerms).toEqual(DOCUMENTS_POLICY.hashedTerms);
    expect(stored.policy.fingerprints).toEqual(DOCUMENTS_POLICY.fingerprints);
  });

  test('warns on a board memo marked CONFIDENTIAL pasted into ChatGPT', async () => {
    const page = await browser.context.newPage();
    const editor = await openEditor(page, 'chatgpt.com');
    await pasteText(page, BOARD_MEMO);

    await expect(warningDialog(page)).toContainText('Confidentiality marking');
    expect(await editor.text()).toBe('');
  });

  test('warns on a table of twelve customers pasted into Claude', async () => {
    const page = await browser.context.newPage();
    const editor = await openEditor(page, 'claude.ai');
    await pasteText(page, customerTable(12));

    await expect(warningDialog(page)).toContainText("list of 12 people's records");
    expect(await editor.text()).toBe('');
  });

  test('warns on the hashed customer name, whatever its case, in Gemini', async () => {
    const page = await browser.context.newPage();
    const editor = await openEditor(page, 'gemini.google.com');
    await pasteText(page, `Draft a renewal offer for ${CUSTOMER_NAME.toUpperCase()} please`);

    await expect(warningDialog(page)).toContainText('Term your organization protects');
    await expect(warningDialog(page)).not.toContainText(CUSTOMER_NAME.toUpperCase());
    expect(await editor.text()).toBe('');
  });

  test('names the fingerprinted document when an edited excerpt is pasted into Perplexity', async () => {
    const page = await browser.context.newPage();
    const editor = await openEditor(page, 'www.perplexity.ai');
    await pasteText(page, MEMO_EXCERPT);

    await expect(warningDialog(page)).toContainText('Text from “Board memo Q3”');
    expect(await editor.text()).toBe('');
  });

  test('lets ordinary chat with one e-mail address through untouched in Copilot', async () => {
    const page = await browser.context.newPage();
    const editor = await openEditor(page, 'copilot.microsoft.com');
    const chat = 'Please keep this between us: can you write to ola@fjordpost.no about Friday?';
    await pasteText(page, chat);

    await expect.poll(() => editor.text()).toBe(chat);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });

  test('lets a casual mention of confidentiality through in Mistral', async () => {
    const page = await browser.context.newPage();
    const editor = await openEditor(page, 'chat.mistral.ai');
    const chat = "Sure, I'll keep our chat confidential. What's a good name for a sailing club?";
    await pasteText(page, chat);

    await expect.poll(() => editor.text()).toBe(chat);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });
});
