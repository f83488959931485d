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

let lastAnswer: { href: string; policy: Policy; isMonitored: boolean } | undefined;

/**
 * `isMonitoredUrl` for the guard's hot paths (every click, focus and send key): the answer is
 * kept until the page's address or the policy changes, instead of matching every site again.
 */
export function isMonitoredHref(href: string, policy: Policy): boolean {
  if (lastAnswer?.href !== href || lastAnswer.policy !== policy) {
    lastAnswer = { href, policy, isMonitored: isMonitoredUrl(new URL(href), policy) };
  }

  return lastAnswer.isMonitored;
}
