import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'shippo-api-token',
    title: 'Shippo API token',
    description: 'A Shippo live token; it buys shipping labels.',
    rotationUrl: 'https://apps.goshippo.com/settings/api',
    keywords: ['shippo_'],
    pattern: /(?<![\w-])shippo_(?:live|test)_[a-f0-9]{40}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'shippo-api-token': {
    positive: [`SHIPPO_TOKEN=shippo_live_${fakeToken('shippo', 40, 'hex')}`],
    negative: ['shippo_live_0000000000000000000000000000000000000000', 'shippo_live_'],
  },
};
