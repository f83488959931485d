import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium, test, type BrowserContext, type Worker } from '@playwright/test';

import { CHROMIUM_PATH, chromiumArgs } from './chromium';
import { EXTENSION_DIR } from './paths';
import { fixtureOrigins, routeFixtureSites } from './routes';

export const EXTENSION_ID = 'gnnfcldoeebcbacblmagechhgcomgkla';

// Chromium on Linux reads machine-wide policy here; it needs root, and it is read at start-up,
// so each managed-policy test launches its own browser and always removes the file.
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'ai-paste-guard-e2e.json');

export function canWriteManagedPolicy(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, '{}');
    rmSync(POLICY_FILE);
    return true;
  } catch {
    return false;
  }
}

export function removeManagedPolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

/** Writes `policy` as the extension's managed policy; a running Chromium sees it on reload. */
export function writeManagedPolicy(policy: unknown): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }),
  );
}

export interface ManagedBrowser {
  readonly context: BrowserContext;
  readonly serviceWorker: Worker;
  readonly close: () => Promise<void>;
}

/**
 * Installs `policy` as the extension's managed policy, the way an administrator's JSON file
 * does on Linux, and launches Chromium with the built extension. Resolves once the extension
 * has read the policy (the first managed read in a fresh profile takes about three seconds).
 */
export async function launchWithManagedPolicy(policy: unknown): Promise<ManagedBrowser> {
  writeManagedPolicy(policy);
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'ai-paste-guard-managed-'));

  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: chromiumArgs(EXTENSION_DIR),
    });
    await routeFixtureSites(context);
    for (const origin of fixtureOrigins()) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    }

    const serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await waitForManagedPolicy(serviceWorker);
    const close = async () => {
      await context.close();
      removeManagedPolicy();
      rmSync(userDataDir, { recursive: true, force: true });
    };
    return { context, serviceWorker, close };
  } catch (error) {
    removeManagedPolicy();
    throw error;
  }
}

/** The little of the worker's `chrome` global that the check below uses. */
interface ChromeStorage {
  storage: { local: { get: (key: string) => Promise<Record<string, unknown>> } };
}

async function waitForManagedPolicy(serviceWorker: Worker): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const source = await serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeStorage };
      const stored = await chrome.storage.local.get('resolvedPolicy');
      return (stored.resolvedPolicy as { source?: string } | undefined)?.source;
    });
    if (source === 'managed') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  throw new Error('The extension did not pick up the managed policy within 15 s');
}

/**
 * Gives the tests of the enclosing file or describe block one browser under `policy`: launched
 * before the first test, closed and the policy file removed after the last. The tests run one
 * after another and are skipped without root. Pass a function when the policy names a server
 * the file starts in an earlier `beforeAll`.
 */
export function shareManagedBrowser(policy: object | (() => object)): () => ManagedBrowser {
  let browser: ManagedBrowser | undefined;
  test.describe.configure({ mode: 'serial' });
  test.skip(!canWriteManagedPolicy(), 'needs root to write /etc/chromium/policies/managed');

  test.beforeAll(async () => {
    browser = await launchWithManagedPolicy(typeof policy === 'function' ? policy() : policy);
  });

  test.afterAll(async () => {
    await browser?.close();
    removeManagedPolicy();
  });

  return () => {
    if (!browser) throw new Error('the managed browser is not running');
    return browser;
  };
}
