import type { Category } from '../detect/types';
import type { AuditEvent } from './event';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DaySummary {
  /** `YYYY-MM-DD`, UTC. */
  readonly day: string;
  readonly total: number;
  readonly byCategory: Readonly<Partial<Record<Category, number>>>;
}

/** Events per day for the last `days` days (today last), split by kind of finding. */
export function summarizeByDay(events: readonly AuditEvent[], now: Date, days = 30): DaySummary[] {
  const start =
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (days - 1) * DAY_MS;
  const summaries = Array.from(
    { length: days },
    (_, index): { day: string; total: number; byCategory: Partial<Record<Category, number>> } => ({
      day: new Date(start + index * DAY_MS).toISOString().slice(0, 10),
      total: 0,
      byCategory: {},
    }),
  );

  for (const event of events) {
    const index = Math.floor((Date.parse(event.time) - start) / DAY_MS);
    const summary = summaries[index];
    if (!summary) continue;

    summary.total += 1;
    for (const category of event.categories) {
      summary.byCategory[category] = (summary.byCategory[category] ?? 0) + 1;
    }
  }

  return summaries;
}

/** Sites by number of events, most first. */
export function countBySite(events: readonly AuditEvent[]): { site: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.site, (counts.get(event.site) ?? 0) + 1);
  return [...counts].map(([site, count]) => ({ site, count })).sort((a, b) => b.count - a.count);
}
