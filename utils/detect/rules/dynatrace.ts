import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'dynatrace-token',
    title: 'Dynatrace API token',
    description: 'A Dynatrace API token; it reads monitoring data and changes settings.',
    rotationUrl:
      'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens',
    keywords: ['dt0c01.'],
    pattern: /(?<![\w-])dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'dynatrace-token': {
    positive: [
      `DT_API_TOKEN=dt0c01.${fakeToken('dt', 24, 'upper')}.${fakeToken('dt2', 64, 'upper')}`,
    ],
    negative: [
      // A documentation placeholder, not a key.
      `dt0c01.${'X'.repeat(24)}.${'X'.repeat(64)}`,
      'dt0c01.',
    ],
  },
};
