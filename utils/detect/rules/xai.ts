import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'xai-api-key',
    title: 'xAI API key',
    description: 'A key for the xAI (Grok) API; it spends on the account.',
    rotationUrl: 'https://console.x.ai',
    keywords: ['xai-'],
    pattern: /(?<![\w-])xai-[A-Za-z0-9]{80}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'xai-api-key': {
    positive: [`XAI_API_KEY=xai-${fakeToken('xai', 80)}`],
    negative: [
      'xai-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `xai-${fakeToken('xai2', 40)}`,
    ],
  },
};
