import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'square-access-token',
    title: 'Square access token',
    description: 'A Square production access token; it takes payments and reads customers.',
    rotationUrl: 'https://developer.squareup.com/apps',
    keywords: ['eaaa'],
    pattern: /(?<![\w-])EAAA[\w-]{60}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'square-oauth-secret',
    title: 'Square OAuth secret',
    description: 'The secret of a Square OAuth application.',
    rotationUrl: 'https://developer.squareup.com/apps',
    keywords: ['sq0csp-'],
    pattern: /(?<![\w-])sq0csp-[\w-]{43}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'square-access-token': {
    positive: [`SQUARE_ACCESS_TOKEN=EAAA${fakeToken('sq', 60, 'base64url')}`],
    negative: ['EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'EAAA'],
  },
  'square-oauth-secret': {
    positive: [`sq0csp-${fakeToken('sqcs', 43, 'base64url')}`],
    negative: ['sq0csp-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'sq0csp-'],
  },
};
