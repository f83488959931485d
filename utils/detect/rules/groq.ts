import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'groq-api-key',
    title: 'Groq API key',
    description: 'A key for the Groq inference API; it spends on the account.',
    rotationUrl: 'https://console.groq.com/keys',
    keywords: ['gsk_'],
    pattern: /(?<![\w-])gsk_[A-Za-z0-9]{52}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'groq-api-key': {
    positive: [
      `GROQ_API_KEY=gsk_${fakeToken('groq', 52)}`,
      `client = Groq(api_key="gsk_${fakeToken('groq2', 52)}")`,
    ],
    negative: [
      'gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `gsk_${fakeToken('groq3', 40)}`,
    ],
  },
};
