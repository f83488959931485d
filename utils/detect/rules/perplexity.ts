import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'perplexity-api-key',
    title: 'Perplexity API key',
    description: 'A key for the Perplexity API; it spends on the account.',
    rotationUrl: 'https://www.perplexity.ai/settings/api',
    keywords: ['pplx-'],
    pattern: /(?<![\w-])pplx-[A-Za-z0-9]{48}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'perplexity-api-key': {
    positive: [`PERPLEXITY_API_KEY=pplx-${fakeToken('pplx', 48)}`],
    negative: ['pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'pplx-api-docs'],
  },
};
