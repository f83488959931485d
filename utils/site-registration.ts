import { browser } from 'wxt/browser';

import { addedSitePatterns } from './policy/site-patterns';
import type { Policy } from './policy/schema';
import { toOriginPattern } from './policy/sites';

const SCRIPT_ID = 'guard-policy-sites';
// The same bundle the manifest injects on the built-in sites.
const GUARD_FILE = 'content-scripts/guard.js';

/**
 * Injects the guard on the hosts the policy adds. The built-in AI sites are in the manifest;
 * these are known only at run time, so they are registered (and re-registered on change). Like
 * the built-in ones, on the whole host: an entry limited to some paths is reached in-page with
 * the History API, and the guard stays dormant until its document is on one of them.
 */
export async function registerPolicySites(policy: Policy): Promise<void> {
  const matches = [...new Set(addedSitePatterns(policy).map(toOriginPattern))];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) return;

  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches,
      js: [GUARD_FILE],
      runAt: 'document_start',
      allFrames: true,
      // Blank popups and opaque-origin frames (sandboxed srcdoc, data:) by their creator's
      // origin, as the manifest does for the built-in sites. Firefox does not take the option.
      ...(import.meta.env.FIREFOX ? {} : { matchOriginAsFallback: true }),
      persistAcrossSessions: true,
    },
  ]);
}
