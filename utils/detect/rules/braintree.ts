import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'braintree-access-token',
    title: 'Braintree (PayPal) access token',
    description: 'A Braintree access token; it takes payments.',
    rotationUrl:
      'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials',
    keywords: ['access_token$'],
    pattern: /access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32}/dg,
  }),
];

export const examples: RuleExamples = {
  'braintree-access-token': {
    positive: [
      `BRAINTREE_TOKEN=access_token$production$${fakeToken('bt', 16, 'lower')}$${fakeToken('bt2', 32, 'hex')}`,
    ],
    negative: ['access_token$production$', 'access_token$sandbox$x$y'],
  },
};
