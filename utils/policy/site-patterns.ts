import type { Policy } from './schema';

/** Reads a policy site entry as a match pattern: a bare host means every https page on it. */
export function toMatchPattern(entry: string): string {
  const withScheme = entry.includes('://') ? entry : `https://${entry}`;
  const schemeEnd = withScheme.indexOf('://') + 3;
  return withScheme.indexOf('/', schemeEnd) === -1 ? `${withScheme}/*` : withScheme;
}

/** The match patterns of the hosts a policy adds to the built-in AI sites. */
export function addedSitePatterns(policy: Policy): string[] {
  return [...new Set(policy.sites.add.map(toMatchPattern))];
}
