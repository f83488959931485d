import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'replicate-api-token',
    title: 'Replicate API token',
    description: 'A Replicate token; it runs models billed to the account.',
    rotationUrl: 'https://replicate.com/account/api-tokens',
    keywords: ['r8_'],
    pattern: /(?<![\w-])r8_[A-Za-z0-9]{37}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'replicate-api-token': {
    positive: [`REPLICATE_API_TOKEN=r8_${fakeToken('replicate', 37)}`],
    negative: ['r8_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `r8_${fakeToken('rep2', 20)}`],
  },
};
