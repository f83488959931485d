import type { AuditEvent } from './event';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Keeps the newest `maxEvents` events younger than `maxAgeDays`, oldest first. */
export function applyRetention(
  events: readonly AuditEvent[],
  limits: { readonly maxEvents: number; readonly maxAgeDays: number },
  now: Date,
): AuditEvent[] {
  const oldest = now.getTime() - limits.maxAgeDays * DAY_MS;
  const fresh = events.filter((event) => Date.parse(event.time) >= oldest);
  return limits.maxEvents === 0 ? [] : fresh.slice(-limits.maxEvents);
}
