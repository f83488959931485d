import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { flushReports } from '@/utils/audit/reporter';
import { appendEvent, readAuditLog, readQueue } from '@/utils/audit/store';
import { DEFAULT_POLICY } from '@/utils/policy/default-policy';

import { makeEvent } from './helpers';

const POLICY = {
  ...DEFAULT_POLICY,
  reporting: {
    endpoint: 'https://siem.example/ingest',
    format: 'json' as const,
    headers: { 'X-Key': 'k' },
  },
};
const LIMITS = { maxEvents: 1000, maxAgeDays: 90 };

describe('reporting queue', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('sends queued events in batches of 50 and empties the queue once acknowledged', async () => {
    const now = new Date().toISOString();
    for (let index = 0; index < 120; index += 1) await appendEvent(makeEvent(now), LIMITS, true);
    const bodies: { events: unknown[] }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        bodies.push(JSON.parse(init.body as string) as { events: unknown[] });
        return Promise.resolve(new Response(null, { status: 200 }));
      }),
    );

    await flushReports(POLICY);

    expect(bodies.map((body) => body.events.length)).toEqual([50, 50, 20]);
    expect(await readQueue()).toEqual([]);
    expect(await readAuditLog()).toHaveLength(120);
  });

  it('keeps every event queued while the collector fails', async () => {
    vi.useFakeTimers();
    await appendEvent(makeEvent(new Date().toISOString()), LIMITS, true);
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(null, { status: 503 }))),
    );

    await flushReports(POLICY);

    expect(await readQueue()).toHaveLength(1);
  });

  it('queues nothing when the policy names no collector', async () => {
    await appendEvent(makeEvent(new Date().toISOString()), LIMITS, false);

    expect(await readQueue()).toEqual([]);
    expect(await readAuditLog()).toHaveLength(1);
  });

  it('sends the policy headers with each batch', async () => {
    await appendEvent(makeEvent(new Date().toISOString()), LIMITS, true);
    const fetchMock = vi.fn<(url: string, init: RequestInit) => Promise<Response>>(() =>
      Promise.resolve(new Response(null, { status: 204 })),
    );
    vi.stubGlobal('fetch', fetchMock);

    await flushReports(POLICY);

    expect(fetchMock.mock.calls[0]?.[0]).toBe('https://siem.example/ingest');
    expect(fetchMock.mock.calls[0]?.[1].headers).toMatchObject({ 'X-Key': 'k' });
  });
});
