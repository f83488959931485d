import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { setDebugLogging } from '@/utils/logger';
import { readCachedPolicy, refreshPolicy } from '@/utils/policy-store';

const COLLECTOR_TOKEN = 'Splunk 7d2f0c1e-collector-credential';
const MANAGED = {
  organization: { name: 'Bluebird Holdings', contact: 'ciso@bluebird.example' },
  keywords: [{ term: 'Project Nightjar', severity: 'high' }],
  reporting: {
    endpoint: 'https://siem.example',
    format: 'json',
    headers: { Auth: COLLECTOR_TOKEN },
  },
  override: { allowed: 'sometimes', requireReason: true },
};

describe('policy store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    setDebugLogging(false);
    vi.restoreAllMocks();
  });

  it('resolves managed storage and caches it for pages to read', async () => {
    await fakeBrowser.storage.managed.set(MANAGED);

    await refreshPolicy();
    const cached = await readCachedPolicy();

    expect(cached.source).toBe('managed');
    expect(cached.policy.organization.name).toBe('Bluebird Holdings');
    expect(cached.problems.map((problem) => problem.path)).toEqual(['override.allowed']);
  });

  it('falls back to the built-in default when managed storage throws, as Firefox does', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );

    const resolved = await refreshPolicy();

    expect(resolved.source).toBe('default');
  });

  it('never logs a managed value, even with debug logging on', async () => {
    setDebugLogging(true);
    const output: unknown[] = [];
    for (const level of ['log', 'debug', 'info', 'warn', 'error'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => output.push(...args));
    }
    await fakeBrowser.storage.managed.set(MANAGED);

    await refreshPolicy();

    const logged = JSON.stringify(output);
    expect(output.length).toBeGreaterThan(0);
    for (const value of [
      COLLECTOR_TOKEN,
      'Bluebird',
      'Nightjar',
      'ciso@',
      'siem.example',
      'sometimes',
    ]) {
      expect(logged).not.toContain(value);
    }
  });
});
