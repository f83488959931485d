import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'airtable-token',
    title: 'Airtable personal access token',
    description: 'An Airtable token; it reads and writes bases.',
    rotationUrl: 'https://airtable.com/create/tokens',
    keywords: ['pat'],
    pattern: /(?<![\w-])pat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'airtable-token': {
    positive: [`AIRTABLE_TOKEN=pat${fakeToken('at', 14)}.${fakeToken('at2', 64, 'hex')}`],
    negative: [
      'patxxxxxxxxxxxxxx.0000000000000000000000000000000000000000000000000000000000000000',
      'pattern.matches',
    ],
  },
};
