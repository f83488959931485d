import { expect, test, type Page } from '@playwright/test';

import { pasteText } from '../support/clipboard';
import { startCollector, type Collector } from '../support/collector';
import { openEditor } from '../support/editor';
import { EXTENSION_ID, type ManagedBrowser, shareManagedBrowser } from '../support/managed-policy';
import { FAKE_GITHUB_TOKEN } from '../support/samples';
import { warningDialog } from '../support/warning-dialog';

let collector: Collector;

test.beforeAll(async () => {
  collector = await startCollector();
});

test.afterAll(async () => {
  await collector.close();
});

const browser = shareManagedBrowser(() => ({
  organization: { name: 'Example Corp', contact: 'security@example.com' },
  reporting: {
    endpoint: collector.url,
    format: 'json',
    headers: { Authorization: 'Bearer collector-test-token' },
  },
}));

/** Pastes the fake token at chatgpt.com and answers the warning with `choice`. */
async function decideOnPaste(page: Page, choice: 'Cancel' | 'Redact and paste'): Promise<void> {
  await openEditor(page, 'chatgpt.com');
  await pasteText(page, `deploy with ${FAKE_GITHUB_TOKEN}`);
  await warningDialog(page).getByRole('button', { name: choice }).click();
  await expect(warningDialog(page)).toBeHidden();
}

/** Stops the extension's service worker the way chrome://serviceworker-internals does. */
async function stopExtensionWorker({ context }: ManagedBrowser): Promise<void> {
  const internals = await context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  const entry = internals.locator('.serviceworker-registration').filter({ hasText: EXTENSION_ID });
  await expect(entry).toContainText('Running Status: RUNNING');
  await entry.getByRole('button', { name: 'Stop' }).click();
  await expect(entry).toContainText('Running Status: STOPPED');
  await internals.close();
}

function idsOf(events: readonly { id: string }[]): string[] {
  return events.map((event) => event.id);
}

test('sends each decision to the collector with its kinds and outcome, never the text', async () => {
  const page = await browser().context.newPage();
  await decideOnPaste(page, 'Redact and paste');

  await expect.poll(() => collector.events().length).toBe(1);
  const [event] = collector.events();
  expect(event).toMatchObject({
    site: 'chatgpt.com',
    channel: 'paste',
    verdict: 'warn',
    choice: 'redact',
    severity: 'high',
    rules: ['github-token'],
    categories: ['secret'],
    unscannedFiles: 0,
    extensionVersion: '0.1.0',
  });
  expect(collector.headers[0]?.authorization).toBe('Bearer collector-test-token');
  expect(collector.bodies.join('')).not.toContain(FAKE_GITHUB_TOKEN.slice(4, 12));
  await page.close();
});

test('delivers every event exactly once after the collector was down for a while', async () => {
  const before = collector.events().length;
  collector.setMode('down');
  const page = await browser().context.newPage();
  for (let attempt = 0; attempt < 3; attempt += 1) await decideOnPaste(page, 'Cancel');
  expect(collector.events().length).toBe(before);

  collector.setMode('up');
  // The next decision flushes the queue at once, without waiting for the backoff timer.
  await decideOnPaste(page, 'Cancel');

  await expect.poll(() => collector.events().length, { timeout: 20_000 }).toBe(before + 4);
  const ids = idsOf(collector.events());
  expect(new Set(ids).size).toBe(ids.length);
  await page.close();
});

test('loses nothing when the service worker is stopped in the middle of a batch', async () => {
  const before = collector.events().length;
  collector.setMode('hang');
  const page = await browser().context.newPage();
  await decideOnPaste(page, 'Cancel');
  await decideOnPaste(page, 'Cancel');

  // Stop every service worker while the collector still holds the request open.
  await stopExtensionWorker(browser());
  collector.setMode('up');

  // A new decision wakes the worker, which finds the unacknowledged batch still queued.
  await decideOnPaste(page, 'Cancel');
  await expect.poll(() => collector.events().length, { timeout: 20_000 }).toBe(before + 3);
  const ids = idsOf(collector.events());
  expect(new Set(ids).size).toBe(ids.length);
  await page.close();
});
