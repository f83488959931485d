import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'circleci-token',
    title: 'CircleCI personal API token',
    description: 'A CircleCI token; it reads and triggers pipelines and their secrets.',
    rotationUrl: 'https://app.circleci.com/settings/user/tokens',
    keywords: ['ccipat_'],
    pattern: /(?<![\w-])CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'circleci-token': {
    positive: [`CIRCLE_TOKEN=CCIPAT_${fakeToken('cci', 22)}_${fakeToken('cci2', 40, 'hex')}`],
    negative: ['CCIPAT_xxxxxxxxxxxxxxxxxxxxxx_0000000000000000000000000000000000000000', 'CCIPAT_'],
  },
};
