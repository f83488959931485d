/** A made-up GitHub token with a valid checksum: the scan must treat it as real. */
export const FAKE_GITHUB_TOKEN = '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';

export const GITHUB_TOKEN_PLACEHOLDER = '[REDACTED:github-token]';

/**
 * Every 8-character run of the token after its `ghp_` prefix. A masked preview shows a few
 * characters at most, so none of these may appear anywhere a page script could read.
 */
export function secretFragments(secret: string, length = 8): string[] {
  const body = secret.replace(/^[a-z]+_/, '');
  const fragments: string[] = [];
  for (let start = 0; start + length <= body.length; start += 1) {
    fragments.push(body.slice(start, start + length));
  }
  return fragments;
}
