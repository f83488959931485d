import type { Policy } from './schema';
import { BUILT_IN_SITES, matchesPattern } from './sites';

/** Reads a policy host entry as a match pattern: a bare host means every page on it. */
function toPattern(entry: string): string {
  return entry.includes('://') ? entry : `https://${entry}/*`;
}

/** Whether the policy treats this URL as an AI tool whose input must be checked. */
export function isMonitoredUrl(url: URL, policy: Policy): boolean {
  const { add, remove } = policy.sites;
  const matchesEntry = (entry: string) => matchesPattern(url, toPattern(entry));
  if (remove.some(matchesEntry)) return false;

  const builtIn = BUILT_IN_SITES.find((site) => site.patterns.some((p) => matchesPattern(url, p)));
  if (builtIn) return !remove.includes(builtIn.id);

  return add.some(matchesEntry);
}
