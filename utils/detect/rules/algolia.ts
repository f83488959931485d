import { fakeToken } from '../fake-token';
import { defineSecretRule, hasContextBefore } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'algolia-admin-key',
    title: 'Algolia admin API key',
    description: 'An Algolia admin key, next to its name; it changes and deletes indexes.',
    rotationUrl: 'https://dashboard.algolia.com/account/api-keys',
    keywords: ['algolia'],
    context: ['admin', 'write_key', 'api_key'],
    pattern: /(?<![\w-])[a-f0-9]{32}(?![\w-])/dg,
    validate: (_value, match) => hasContextBefore(match, ['algolia']),
  }),
];

export const examples: RuleExamples = {
  'algolia-admin-key': {
    positive: [`ALGOLIA_ADMIN_KEY=${fakeToken('alg', 32, 'hex')}`],
    negative: [fakeToken('alg2', 32, 'hex'), 'ALGOLIA_ADMIN_KEY=<key>'],
  },
};
