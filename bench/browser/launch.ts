import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium, type BrowserContext } from '@playwright/test';

import { CHROMIUM_PATH, chromiumArgs } from '../../tests/e2e/support/chromium';
import { EXTENSION_DIR, ROOT } from '../../tests/e2e/support/paths';
import { fixtureOrigins, routeFixtureSites } from '../../tests/e2e/support/routes';

export interface BenchBrowser {
  readonly context: BrowserContext;
  readonly close: () => Promise<void>;
}

/** Builds the editor pages once and checks that the extension has been built. */
export function prepareFixtures(): void {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }

  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-fixtures.mjs')]);
}

/** Debian's Chromium, headless, with or without the built extension, serving the fixtures. */
export async function launchBenchBrowser(withExtension: boolean): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'ai-paste-guard-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(withExtension ? EXTENSION_DIR : undefined),
  });
  await routeFixtureSites(context);
  // tsx compiles with esbuild's keepNames, which wraps the functions we hand to page.evaluate
  // in calls to its `__name` helper; the page has none, so give it one that does nothing.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  for (const origin of fixtureOrigins()) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }

  if (withExtension && context.serviceWorkers().length === 0) {
    await context.waitForEvent('serviceworker');
  }

  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}
