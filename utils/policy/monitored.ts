import type { Policy } from './schema';
import { toMatchPattern } from './site-patterns';
import { BUILT_IN_SITES, matchesPattern } from './sites';

/** Whether the policy treats this URL as an AI tool whose input must be checked. */
export function isMonitoredUrl(url: URL, policy: Policy): boolean {
  const { add, remove } = policy.sites;
  const matchesEntry = (entry: string) => matchesPattern(url, toMatchPattern(entry));
  if (remove.some(matchesEntry)) return false;

  const builtIn = BUILT_IN_SITES.find((site) => site.patterns.some((p) => matchesPattern(url, p)));
  if (builtIn) return !remove.includes(builtIn.id);

  return add.some(matchesEntry);
}
