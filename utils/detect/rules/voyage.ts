import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'voyage-api-key',
    title: 'Voyage AI API key',
    description: 'A key for the Voyage AI embeddings API, next to its name.',
    rotationUrl: 'https://dashboard.voyageai.com',
    keywords: ['voyage'],
    context: ['voyage'],
    pattern: /(?<![\w-])pa-[\w-]{43}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'voyage-api-key': {
    positive: [`VOYAGE_API_KEY=pa-${fakeToken('voy', 43, 'base64url')}`],
    negative: [
      `pa-${fakeToken('voy2', 43, 'base64url')}`,
      'VOYAGE_API_KEY=pa-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};
