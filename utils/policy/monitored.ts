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

/**
 * Whether the guard's document is monitored, judged on every event: once it has been on a
 * monitored address it stays so for its lifetime, because a page can rewrite its own address
 * (`history.replaceState`) to one that is not. A new policy judges that remembered address
 * again, so a site the organization removes is let go.
 */
export function createDocumentMonitor(
  currentHref: () => string,
  currentPolicy: () => Policy,
): () => boolean {
  let seen: { href: string; policy: Policy; isMonitored: boolean } | undefined;

  return () => {
    const href = currentHref();
    const policy = currentPolicy();
    if (isMonitoredHref(href, policy)) {
      seen = { href, policy, isMonitored: true };
      return true;
    }
    if (!seen) return false;

    if (seen.policy !== policy) {
      seen = { ...seen, policy, isMonitored: isMonitoredUrl(new URL(seen.href), policy) };
    }
    return seen.isMonitored;
  };
}
