import { describe, expect, it } from 'vitest';

import { fakeToken } from '@/utils/detect/fake-token';
import { findRuleIds, findValues } from '../scan-helpers';

const PREFIX = 'A'.repeat(22);
const SECRET = `x${fakeToken('twitter-test', 119)}`;
const TOKEN = `${PREFIX}${SECRET}`;

function findBearerTokens(text: string): string[] {
  return findValues(text, 'twitter-bearer-token');
}

describe('twitter-bearer-token', () => {
  it('finds the longest bearer token and reports the part after the A run', () => {
    expect(findBearerTokens(`TWITTER_BEARER_TOKEN=${TOKEN}`)).toEqual([SECRET]);
  });

  it('finds a bearer token after 64 KB of a’s, every one of them a keyword hit', () => {
    expect(findBearerTokens(`${'a'.repeat(65_536)} ${TOKEN}`)).toEqual([SECRET]);
  });

  it('ignores a bearer token glued to a word character, however long the a run before it', () => {
    expect(findRuleIds(`x${TOKEN}`)).toEqual([]);
    expect(findRuleIds(`${'a'.repeat(4_096)}${TOKEN}`)).toEqual([]);
  });

  it('ignores a bearer token that runs on past its longest length', () => {
    expect(findRuleIds(`${TOKEN}Z`)).toEqual([]);
  });
});
