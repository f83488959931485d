import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // One browser with the extension at a time: the machine has two cores, the clipboard is shared
  // by the whole browser, and the managed-policy tests will need a browser of their own.
  workers: 1,
  fullyParallel: false,
  // A flaky paste test hides a race in the guard; we want to see it, not retry it away.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [
    ['list'],
    // Outside test-results/, which Playwright empties at start; scripts/test.sh counts from it.
    ['json', { outputFile: 'reports/e2e.json' }],
  ],
  use: {
    actionTimeout: 10_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
