import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'fastly-api-token',
    title: 'Fastly API token',
    description: 'A Fastly API token, next to its name; it purges and reconfigures services.',
    rotationUrl: 'https://manage.fastly.com/account/personal/tokens',
    keywords: ['fastly'],
    context: ['fastly'],
    pattern: /(?<![\w-])[\w-]{32}(?![\w-])/dg,
    minEntropy: 3.5,
  }),
];

export const examples: RuleExamples = {
  'fastly-api-token': {
    positive: [`FASTLY_API_TOKEN=${fakeToken('fastly', 32, 'base64url')}`],
    negative: [fakeToken('fastly2', 32, 'base64url'), 'FASTLY_API_TOKEN=<token>'],
  },
};
