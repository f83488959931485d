import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'sourcegraph-token',
    title: 'Sourcegraph access token',
    description: 'A Sourcegraph token; it searches private code.',
    rotationUrl: 'https://sourcegraph.com/user/settings/tokens',
    keywords: ['sgp_'],
    pattern: /(?<![\w-])sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'sourcegraph-token': {
    positive: [`SRC_ACCESS_TOKEN=sgp_${fakeToken('sg', 16, 'hex')}_${fakeToken('sg2', 40, 'hex')}`],
    negative: ['sgp_0000000000000000000000000000000000000000', 'sgp_'],
  },
};
