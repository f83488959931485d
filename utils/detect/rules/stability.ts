import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'stability-api-key',
    title: 'Stability AI API key',
    description: 'A key for the Stability AI image API, next to its name.',
    rotationUrl: 'https://platform.stability.ai/account/keys',
    keywords: ['stability'],
    context: ['stability'],
    pattern: /(?<![\w-])sk-[A-Za-z0-9]{48}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'stability-api-key': {
    positive: [`STABILITY_API_KEY=sk-${fakeToken('stab', 48)}`],
    negative: [`sk-${fakeToken('stab2', 48)}`, 'STABILITY_API_KEY=sk-...'],
  },
};
