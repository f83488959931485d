import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'together-api-key',
    title: 'Together AI API key',
    description: 'A key for the Together AI inference API, next to its name.',
    rotationUrl: 'https://api.together.ai/settings/api-keys',
    keywords: ['together'],
    context: ['together'],
    pattern: /(?<![\w-])(?:tgp_v1_[\w-]{43}|[a-f0-9]{64})(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'together-api-key': {
    positive: [
      `TOGETHER_API_KEY=${fakeToken('tog', 64, 'hex')}`,
      `TOGETHER_API_KEY=tgp_v1_${fakeToken('tog2', 43, 'base64url')}`,
    ],
    negative: [fakeToken('tog3', 64, 'hex'), 'TOGETHER_API_KEY=your-together-key'],
  },
};
