import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'openrouter-api-key',
    title: 'OpenRouter API key',
    description: 'A key for OpenRouter; it spends credits across many model providers.',
    rotationUrl: 'https://openrouter.ai/settings/keys',
    keywords: ['sk-or-'],
    pattern: /(?<![\w-])sk-or-v1-[a-f0-9]{64}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'openrouter-api-key': {
    positive: [`OPENROUTER_API_KEY=sk-or-v1-${fakeToken('openrouter', 64, 'hex')}`],
    negative: [
      'sk-or-v1-0000000000000000000000000000000000000000000000000000000000000000',
      `sk-or-v1-${fakeToken('or2', 32, 'hex')}`,
    ],
  },
};
