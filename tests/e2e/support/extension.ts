import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { test as base, type BrowserContext, type Page } from '@playwright/test';

import { openEditor, type EditorPage, type PageOptions } from './editor';
import { CHROMIUM_PATH, chromiumArgs } from './chromium';
import { EXTENSION_DIR } from './paths';
import { fixtureOrigins, routeFixtureSites } from './routes';
import type { SiteHost } from './sites';

interface WorkerFixtures {
  /** One Chromium with the built extension, shared by the tests of a worker. */
  extensionContext: BrowserContext;
  extensionId: string;
}

interface TestFixtures {
  openEditor: (page: Page, host: SiteHost, options?: PageOptions) => Promise<EditorPage>;
}

// The fixture callback is called `provide`, not `use`: the React hooks lint rule takes `use` for a hook.
export const test = base.extend<TestFixtures, WorkerFixtures>({
  extensionContext: [
    async ({ playwright }, provide) => {
      const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'ai-paste-guard-e2e-'));
      const context = await playwright.chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: chromiumArgs(EXTENSION_DIR),
      });

      await routeFixtureSites(context);
      for (const origin of fixtureOrigins()) {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      }

      await provide(context);
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  extensionId: [
    async ({ extensionContext }, provide) => {
      const [worker] = extensionContext.serviceWorkers();
      const serviceWorker = worker ?? (await extensionContext.waitForEvent('serviceworker'));
      await provide(new URL(serviceWorker.url()).host);
    },
    { scope: 'worker' },
  ],

  context: async ({ extensionContext }, provide) => {
    await provide(extensionContext);
  },

  // A fresh tab per test; the browser (and the extension's state) lives for the worker.
  page: async ({ extensionContext }, provide, testInfo) => {
    const page = await extensionContext.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));

    await provide(page);

    if (pageErrors.length > 0) {
      await testInfo.attach('page errors', {
        body: pageErrors.join('\n\n'),
        contentType: 'text/plain',
      });
    }
    await page.close();
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright reads dependencies from this pattern.
  openEditor: async ({}, provide) => {
    await provide(openEditor);
  },
});

export { expect } from '@playwright/test';
