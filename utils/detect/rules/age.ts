import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'age-secret-key',
    title: 'age secret key',
    description: 'An age encryption identity; it decrypts everything encrypted to it.',
    rotationUrl: 'https://github.com/FiloSottile/age',
    keywords: ['age-secret-key-1'],
    pattern: /AGE-SECRET-KEY-1[P-Z98C-H203JN54K6MA7L]{58}/dg,
  }),
];

export const examples: RuleExamples = {
  'age-secret-key': {
    positive: [`AGE-SECRET-KEY-1${fakeToken('age', 58, 'bech32')}`],
    negative: ['AGE-SECRET-KEY-1', 'AGE-SECRET-KEY-1QQQQQQ'],
  },
};
