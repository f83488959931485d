import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'mistral-api-key',
    title: 'Mistral AI API key',
    description: 'A key for the Mistral AI API, next to its name; it spends on the account.',
    rotationUrl: 'https://console.mistral.ai/api-keys',
    keywords: ['mistral'],
    context: ['mistral'],
    pattern: /(?<![\w-])[A-Z0-9]{32}(?![\w-])/dgi,
  }),
];

export const examples: RuleExamples = {
  'mistral-api-key': {
    positive: [
      `MISTRAL_API_KEY=${fakeToken('mistral', 32)}`,
      `mistral:\n  api_key: "${fakeToken('mistral2', 32)}"`,
    ],
    negative: [
      `${fakeToken('mistral3', 32)} without a name`,
      'MISTRAL_API_KEY=your-api-key-here',
      'model mistral-small',
    ],
  },
};
