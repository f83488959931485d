import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'easypost-api-key',
    title: 'EasyPost API key',
    description: 'An EasyPost key; it buys postage on the account.',
    rotationUrl: 'https://www.easypost.com/account/api-keys',
    keywords: ['ezak', 'ezt'],
    pattern: /(?<![\w-])EZ[AT]K[a-zA-Z0-9]{54}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'easypost-api-key': {
    positive: [`EASYPOST_API_KEY=EZAK${fakeToken('ez', 54)}`],
    negative: ['EZAKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'EZAK'],
  },
};
