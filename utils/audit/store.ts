import { browser } from 'wxt/browser';
import { z } from 'zod';

import { auditEventSchema } from './event';
import type { AuditEvent } from './event';
import { storedValue } from '../stored-value';
import { applyRetention } from './retention';

const LOG_KEY = 'auditLog';
const QUEUE_KEY = 'reportQueue';
// Bounded, so a collector that is down for weeks cannot fill the disk; the oldest go first.
export const QUEUE_LIMIT = 5000;

const eventsSchema = z.array(auditEventSchema);

function parseEvents(value: unknown): AuditEvent[] {
  const parsed = eventsSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

// Every change is a read-modify-write of one storage key: run them one after another so two
// decisions arriving together cannot overwrite each other.
let pending: Promise<unknown> = Promise.resolve();

function serialize<T>(change: () => Promise<T>): Promise<T> {
  const next = pending.then(change, change);
  pending = next.catch(() => undefined);
  return next;
}

async function read(key: string): Promise<AuditEvent[]> {
  const stored = await browser.storage.local.get(key);
  return parseEvents(stored[key]);
}

export interface AuditLimits {
  readonly maxEvents: number;
  readonly maxAgeDays: number;
}

/** Keeps the event in the on-device log and, when reporting is on, in the sending queue. */
export function appendEvent(event: AuditEvent, limits: AuditLimits, isReporting: boolean) {
  return serialize(async () => {
    const log = applyRetention([...(await read(LOG_KEY)), event], limits, new Date());
    const update: Record<string, AuditEvent[]> = { [LOG_KEY]: log };
    if (isReporting) update[QUEUE_KEY] = [...(await read(QUEUE_KEY)), event].slice(-QUEUE_LIMIT);
    await browser.storage.local.set(update);
  });
}

export function readAuditLog(): Promise<AuditEvent[]> {
  return read(LOG_KEY);
}

export function readQueue(): Promise<AuditEvent[]> {
  return read(QUEUE_KEY);
}

/** Drops the events the collector acknowledged, and only those. */
export function removeFromQueue(ids: ReadonlySet<string>) {
  return serialize(async () => {
    const remaining = (await read(QUEUE_KEY)).filter((event) => !ids.has(event.id));
    await browser.storage.local.set({ [QUEUE_KEY]: remaining });
  });
}

/** Calls back with the log now and whenever it changes. Returns an unsubscribe. */
export const watchAuditLog = storedValue(LOG_KEY, eventsSchema, []).watch;
