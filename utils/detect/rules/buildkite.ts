import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'buildkite-token',
    title: 'Buildkite API token',
    description: 'A Buildkite user API token; it reads and triggers builds.',
    rotationUrl: 'https://buildkite.com/user/api-access-tokens',
    keywords: ['bkua_'],
    pattern: /(?<![\w-])bkua_[a-f0-9]{40}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'buildkite-token': {
    positive: [`BUILDKITE_API_TOKEN=bkua_${fakeToken('bk', 40, 'hex')}`],
    negative: ['bkua_0000000000000000000000000000000000000000', 'bkua_'],
  },
};
