import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'twitter-bearer-token',
    title: 'X (Twitter) bearer token',
    description: 'An X API app bearer token; it reads with the app’s quota.',
    rotationUrl: 'https://developer.x.com/en/portal/dashboard',
    keywords: ['aaaaaaaaaaaaaaaaaaaaa'],
    // The run of A's is the same in every token; the rest is the secret.
    pattern: /(?<![\w%-])A{20,22}(?<value>[A-Za-z0-9%]{60,120})(?![\w%-])/dg,
    // The keyword hits at every character of a long run of a's (a padded field, a decoded
    // `%41%41…`), so one regex pass over the merged window, not one anchored try per hit. One
    // character before the first hit lets the lookbehind see it; 143 after, the lookahead.
    window: { before: 1, after: 143 },
    minEntropy: 2.5,
  }),
];

export const examples: RuleExamples = {
  'twitter-bearer-token': {
    positive: [`TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA${fakeToken('tw', 80)}`],
    negative: [
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'AAAAAAAAAAAAAAAAAAAAA',
    ],
  },
};
