import { expect, test, type Page } from '@playwright/test';

import { pasteText } from '../support/clipboard';
import { openEditor } from '../support/editor';
import { EXTENSION_ID, shareManagedBrowser } from '../support/managed-policy';
import { startPolicyServer, type PolicyServer } from '../support/policy-server';
import { warningDialog } from '../support/warning-dialog';

function documentWith(title: string, keyword: string) {
  return {
    guidance: [
      { id: 'from-server', title, body: 'Published on the intranet.', tags: ['intranet'] },
    ],
    keywords: [{ term: keyword, severity: 'high' }],
  };
}

let server: PolicyServer;

test.beforeAll(async () => {
  server = await startPolicyServer();
  server.publish(documentWith('Version one of our AI rules', 'Project Nightjar'));
});

test.afterAll(async () => {
  await server.close();
});

const browser = shareManagedBrowser(() => ({
  organization: { name: 'Example Corp', contact: 'security@example.com' },
  remote: {
    url: server.url,
    allow: ['guidance', 'keywords'],
    refreshMinutes: 60,
    publicKey: server.publicKey,
    maxBytes: 65536,
  },
}));

async function openPopup(): Promise<Page> {
  const page = await browser().context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
  return page;
}

/** Clicks "Refresh now" in the options page and returns the page, showing the outcome. */
async function refreshNow(): Promise<Page> {
  const options = await browser().context.newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  await options.getByRole('button', { name: 'Refresh now' }).click();
  return options;
}

async function expectPopupHeading(title: string): Promise<void> {
  await expect(async () => {
    const popup = await openPopup();
    try {
      await expect(popup.getByRole('heading', { name: title })).toBeVisible({ timeout: 1000 });
    } finally {
      await popup.close();
    }
  }).toPass({ timeout: 15_000 });
}

test("the popup and the guard follow the organization's policy server", async () => {
  await expectPopupHeading('Version one of our AI rules');
  const popup = await openPopup();
  await expect(popup.getByText(/^Guidance from 127\.0\.0\.1:\d+, refreshed /)).toBeVisible();

  const page = await browser().context.newPage();
  const editor = await openEditor(page, 'chatgpt.com');
  await pasteText(page, 'Roadmap for Project Nightjar');
  await expect(warningDialog(page)).toContainText('Term your organization protects');
  expect(await editor.text()).toBe('');
});

test('a change on the server is picked up at the next refresh', async () => {
  server.publish(documentWith('Version two of our AI rules', 'Project Nightjar'));
  await refreshNow();

  await expectPopupHeading('Version two of our AI rules');
});

test('with the server down, the last good copy stays in force and the failure is shown', async () => {
  server.setDown(true);
  const options = await refreshNow();

  await expect(options.getByRole('alert')).toContainText('unreachable');
  await expectPopupHeading('Version two of our AI rules');
  server.setDown(false);
});

test('a tampered document is rejected and reported; the signed copy stays', async () => {
  server.tamper(documentWith('Tampered rules', 'nothing'));
  const options = await refreshNow();

  await expect(options.getByRole('alert')).toContainText(
    'the signature does not match the document',
  );
  await expectPopupHeading('Version two of our AI rules');
});
