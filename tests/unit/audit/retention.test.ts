import { describe, expect, it } from 'vitest';

import { applyRetention } from '@/utils/audit/retention';

import { makeEvent } from './helpers';

const NOW = new Date('2026-12-04T12:00:00Z');

describe('applyRetention', () => {
  it('drops events older than the age limit', () => {
    const events = [makeEvent('2026-08-01T00:00:00Z'), makeEvent('2026-12-01T00:00:00Z')];

    expect(applyRetention(events, { maxEvents: 10, maxAgeDays: 90 }, NOW)).toEqual([events[1]]);
  });

  it('keeps only the newest events over the count limit', () => {
    const events = ['01', '02', '03'].map((day) => makeEvent(`2026-12-${day}T00:00:00Z`));

    expect(applyRetention(events, { maxEvents: 2, maxAgeDays: 90 }, NOW)).toEqual(events.slice(1));
  });

  it('keeps nothing when the policy keeps no events on the device', () => {
    expect(
      applyRetention([makeEvent('2026-12-04T00:00:00Z')], { maxEvents: 0, maxAgeDays: 9 }, NOW),
    ).toEqual([]);
  });
});
