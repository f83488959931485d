import { expect, test } from '@playwright/test';

import {
  ANTHROPIC_API_KEY,
  AWS_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY,
  GITHUB_TOKEN,
  JWT,
  OPENAI_PROJECT_KEY,
  PRIVATE_KEY,
  SLACK_BOT_TOKEN,
  STRIPE_SECRET_KEY,
} from '../../support/fake-keys';
import { pasteText } from '../support/clipboard';
import { startCollector, type Collector } from '../support/collector';
import { openEditor } from '../support/editor';
import { EXTENSION_ID, shareManagedBrowser } from '../support/managed-policy';
import { warningDialog } from '../support/warning-dialog';

// The secret part of each planted value: public prefixes and PEM armour are not secrets.
const PLANTED = [
  GITHUB_TOKEN.slice(4),
  OPENAI_PROJECT_KEY.slice(8),
  ANTHROPIC_API_KEY.slice(14),
  AWS_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY,
  SLACK_BOT_TOKEN.slice(5),
  STRIPE_SECRET_KEY.slice(8),
  JWT,
  ...PRIVATE_KEY.split('\n').filter((line) => !line.startsWith('-----')),
];

const PASTE = [
  `GITHUB_TOKEN=${GITHUB_TOKEN}`,
  `OPENAI_API_KEY=${OPENAI_PROJECT_KEY}`,
  `ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}`,
  `aws_access_key_id = ${AWS_ACCESS_KEY_ID}`,
  `aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}`,
  `SLACK_BOT_TOKEN=${SLACK_BOT_TOKEN}`,
  `STRIPE_KEY=${STRIPE_SECRET_KEY}`,
  `Authorization: Bearer ${JWT}`,
  PRIVATE_KEY,
].join('\n');

/** Every 8-character run of every planted value: none may survive anywhere we keep or send. */
function fragments(): string[] {
  return PLANTED.flatMap((value) =>
    Array.from({ length: value.length - 7 }, (_, start) => value.slice(start, start + 8)),
  );
}

function leaksIn(haystack: string): string[] {
  return [...new Set(fragments().filter((fragment) => haystack.includes(fragment)))];
}

let collector: Collector;

test.beforeAll(async () => {
  collector = await startCollector();
});

test.afterAll(async () => {
  await collector.close();
});

const browser = shareManagedBrowser(() => ({
  reporting: { endpoint: collector.url, format: 'splunk-hec', headers: {} },
  audit: { maxEvents: 1000, maxAgeDays: 90, hashKey: 'a long random key only the org knows' },
}));

test('no planted secret reaches storage, logs, the collector or the warning', async () => {
  const logs: string[] = [];
  browser().serviceWorker.on('console', (message) => logs.push(message.text()));
  await browser().serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set: (items: object) => Promise<void> } } };
    };
    await chrome.storage.local.set({ preferences: { debugLogging: true } });
  });

  const page = await browser().context.newPage();
  page.on('console', (message) => logs.push(message.text()));
  const dialogMarkup: string[] = [];
  for (const choice of ['Redact and paste', 'Cancel', 'Paste anyway'] as const) {
    await openEditor(page, 'chatgpt.com');
    await pasteText(page, PASTE);
    const dialog = warningDialog(page);
    await expect(dialog).toContainText('GitHub token');
    dialogMarkup.push(
      await dialog.evaluate((element) => (element.getRootNode() as ShadowRoot).innerHTML),
    );
    await dialog.getByRole('button', { name: choice }).click();
    await expect(dialog).toBeHidden();
  }

  await expect.poll(() => collector.bodies.length).toBeGreaterThan(0);
  await expect.poll(() => collector.bodies.join('').split('"event":').length - 1).toBe(3);
  const stored = await browser().serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: Record<'local' | 'session', { get: (keys: null) => Promise<object> }> };
    };
    return JSON.stringify([
      await chrome.storage.local.get(null),
      await chrome.storage.session.get(null),
    ]);
  });
  const options = await browser().context.newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  await expect(options.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  const optionsText = await options.locator('body').innerText();

  // The detector of leaks must itself work: it finds every planted value in the pasted text.
  expect(leaksIn(PASTE)).toHaveLength(new Set(fragments()).size);
  expect(dialogMarkup.join('')).toContain('ghp_…');
  expect(leaksIn(dialogMarkup.join('\n')), 'the warning dialog').toEqual([]);
  expect(leaksIn(stored), 'extension storage').toEqual([]);
  expect(leaksIn(collector.bodies.join('\n')), 'the collector').toEqual([]);
  expect(leaksIn(logs.join('\n')), 'console logs').toEqual([]);
  expect(leaksIn(optionsText), 'the options page').toEqual([]);

  // Keyed hashes let the security team see the same keys tried three times, without the keys.
  const hashesPerEvent = collector.bodies
    .flatMap((body) => body.split('\n'))
    .map((line) => (JSON.parse(line) as { event: { valueHashes?: string[] } }).event.valueHashes);
  expect(hashesPerEvent).toHaveLength(3);
  const [first = [], ...others] = hashesPerEvent;
  expect(first.length).toBeGreaterThanOrEqual(PLANTED.length - 4);
  for (const hashes of others) expect(hashes).toEqual(first);
});
