import { describe, expect, it } from 'vitest';

import { countBySite, summarizeByDay } from '@/utils/audit/summary';

import { makeEvent } from './helpers';

describe('activity summary', () => {
  it('counts the last 30 days by kind, today last, and ignores older events', () => {
    const events = [
      makeEvent('2026-12-04T09:00:00Z'),
      makeEvent('2026-12-04T10:00:00Z', { categories: ['pii'] }),
      makeEvent('2026-11-05T10:00:00Z'),
      makeEvent('2026-10-01T10:00:00Z'),
    ];
    const days = summarizeByDay(events, new Date('2026-12-04T12:00:00Z'));

    expect(days).toHaveLength(30);
    expect(days[29]).toEqual({ day: '2026-12-04', total: 2, byCategory: { secret: 1, pii: 1 } });
    expect(days[0]).toEqual({ day: '2026-11-05', total: 1, byCategory: { secret: 1 } });
    expect(days.reduce((sum, day) => sum + day.total, 0)).toBe(3);
  });

  it('ranks sites by number of events', () => {
    const events = [
      makeEvent('2026-12-04T09:00:00Z', { site: 'claude.ai' }),
      makeEvent('2026-12-04T09:00:00Z'),
      makeEvent('2026-12-04T09:00:00Z'),
    ];

    expect(countBySite(events)).toEqual([
      { site: 'chatgpt.com', count: 2 },
      { site: 'claude.ai', count: 1 },
    ]);
  });
});
