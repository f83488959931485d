import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'deepseek-api-key',
    title: 'DeepSeek API key',
    description: 'A key for the DeepSeek API, next to its name.',
    rotationUrl: 'https://platform.deepseek.com/api_keys',
    keywords: ['deepseek'],
    context: ['deepseek'],
    pattern: /(?<![\w-])sk-[a-f0-9]{32}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'deepseek-api-key': {
    positive: [`DEEPSEEK_API_KEY=sk-${fakeToken('deepseek', 32, 'hex')}`],
    negative: [
      `sk-${fakeToken('deepseek2', 32, 'hex')} alone`,
      'DEEPSEEK_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};
