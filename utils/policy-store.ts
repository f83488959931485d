import { browser } from 'wxt/browser';
import { z } from 'zod';

import { log } from './logger';
import { resolvePolicy } from './policy/resolve';
import type { ResolvedPolicy } from './policy/resolve';
import { policySchema } from './policy/schema';
import { readRemoteDocument } from './remote-policy';
import { storedValue } from './stored-value';

// The policy in force, resolved once by the service worker and cached in local storage, so a
// page's guard reads it in a few milliseconds at start-up instead of waiting on managed storage.
const cache = storedValue<ResolvedPolicy>(
  'resolvedPolicy',
  z.object({
    policy: policySchema,
    source: z.enum(['managed', 'default']),
    managedFields: z.array(z.string()),
    remoteFields: z.array(z.string()),
    problems: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
  resolvePolicy(undefined),
);

/** Reads the policy IT pushed. The only place that touches `storage.managed`. */
async function readManagedStorage(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    // Firefox throws when no policy is installed; Chrome answers `{}`. Both mean "none".
    return undefined;
  }
}

/** Re-reads managed storage, resolves it and caches the result for every page. */
export async function refreshPolicy(): Promise<ResolvedPolicy> {
  const managed = await readManagedStorage();
  const managedOnly = resolvePolicy(managed);
  const { url } = managedOnly.policy.remote;
  const remote = url ? await readRemoteDocument(url) : undefined;
  const resolved = remote ? resolvePolicy(managed, remote) : managedOnly;
  await cache.write(resolved);
  // Field names only: managed values can hold collector credentials and customer names.
  log.debug('policy resolved', {
    managed: resolved.source === 'managed',
    fields: resolved.managedFields,
  });
  if (resolved.problems.length > 0) {
    log.warn('policy fields repaired', { paths: resolved.problems.map((p) => p.path) });
  }

  return resolved;
}

export const readCachedPolicy = cache.read;

/** Calls back with the cached policy now and whenever it changes. Returns an unsubscribe. */
export const watchPolicy = cache.watch;

/** Re-resolves the policy whenever IT changes it while the browser runs. */
export function watchManagedStorage(onChange: () => Promise<void>): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void onChange();
  });
}
