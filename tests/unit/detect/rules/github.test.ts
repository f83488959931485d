import { describe, expect, it } from 'vitest';

import {
  GITHUB_FINE_GRAINED_TOKEN,
  GITHUB_TOKEN,
  GITHUB_TOKEN_BAD_CHECKSUM,
} from '../../../support/fake-keys';
import { findRuleIds, findValues } from '../scan-helpers';

describe('github-token', () => {
  it('finds a GitHub token whose checksum is valid', () => {
    expect(findValues(`export GH_TOKEN=${GITHUB_TOKEN}`, 'github-token')).toEqual([GITHUB_TOKEN]);
  });

  it('ignores a ghp_ string with a wrong checksum', () => {
    expect(findRuleIds(GITHUB_TOKEN_BAD_CHECKSUM)).toEqual([]);
  });

  it('ignores a valid token glued to more token characters', () => {
    expect(findRuleIds(`${GITHUB_TOKEN}a`)).toEqual([]);
    expect(findRuleIds(`x${GITHUB_TOKEN}`)).toEqual([]);
  });

  it('finds a token inside a URL or quotes', () => {
    expect(findRuleIds(`https://${GITHUB_TOKEN}@github.com/o/r.git`)).toEqual(['github-token']);
    expect(findRuleIds(`"${GITHUB_TOKEN}"`)).toEqual(['github-token']);
  });

  it('finds a fine-grained token by its layout', () => {
    expect(findRuleIds(GITHUB_FINE_GRAINED_TOKEN)).toEqual(['github-token']);
  });
});
