import type { Policy } from '../policy/schema';
import { log } from '../logger';
import { toRequestBody } from './envelope';
import { readQueue, removeFromQueue } from './store';

const BATCH_SIZE = 50;
const REQUEST_TIMEOUT_MS = 10_000;
const MAX_BACKOFF_MS = 5 * 60 * 1000;

let flushing: Promise<void> | undefined;
let failures = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

async function sendBatch(policy: Policy): Promise<'sent' | 'empty' | 'failed'> {
  const batch = (await readQueue()).slice(0, BATCH_SIZE);
  if (batch.length === 0) return 'empty';

  const { endpoint, format, headers } = policy.reporting;
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: toRequestBody(batch, format),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      credentials: 'omit',
    });
    if (!response.ok) {
      log.warn('collector refused a batch', { status: response.status });
      return 'failed';
    }
  } catch {
    log.warn('collector unreachable', { events: batch.length });
    return 'failed';
  }

  // Only now, after the collector said yes, do the events leave the queue.
  await removeFromQueue(new Set(batch.map((event) => event.id)));
  return 'sent';
}

function scheduleRetry(policy: Policy): void {
  failures += 1;
  const delay = Math.min(1000 * 2 ** failures, MAX_BACKOFF_MS) * (0.75 + Math.random() / 2);
  clearTimeout(retryTimer);
  // If the worker is stopped before this fires, the alarm and the next start-up flush again.
  retryTimer = setTimeout(() => void flushReports(policy), delay);
}

/**
 * Sends the queued events to the organization's collector in batches until the queue is empty
 * or the collector fails, then backs off. One flush at a time; the guard never waits for it.
 */
export function flushReports(policy: Policy): Promise<void> {
  if (!policy.reporting.endpoint) return Promise.resolve();

  flushing ??= (async () => {
    try {
      for (;;) {
        const outcome = await sendBatch(policy);
        if (outcome === 'empty') {
          failures = 0;
          return;
        }

        if (outcome === 'failed') {
          scheduleRetry(policy);
          return;
        }
        failures = 0;
      }
    } finally {
      flushing = undefined;
    }
  })();
  return flushing;
}
