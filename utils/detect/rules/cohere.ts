import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'cohere-api-key',
    title: 'Cohere API key',
    description: 'A key for the Cohere API, next to its name; it spends on the account.',
    rotationUrl: 'https://dashboard.cohere.com/api-keys',
    keywords: ['cohere', 'co_api_key'],
    context: ['cohere', 'co_api_key'],
    pattern: /(?<![\w-])[A-Z0-9]{40}(?![\w-])/dgi,
  }),
];

export const examples: RuleExamples = {
  'cohere-api-key': {
    positive: [
      `COHERE_API_KEY=${fakeToken('cohere', 40)}`,
      `co = cohere.ClientV2("${fakeToken('cohere2', 40)}")`,
    ],
    negative: [fakeToken('cohere3', 40), 'COHERE_API_KEY=<your key>'],
  },
};
