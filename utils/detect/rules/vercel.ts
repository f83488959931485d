import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'vercel-token',
    title: 'Vercel access token',
    description: 'A Vercel token, next to its name; it deploys and reads project settings.',
    rotationUrl: 'https://vercel.com/account/tokens',
    keywords: ['vercel'],
    context: ['vercel'],
    pattern: /(?<![\w-])[A-Z0-9]{24}(?![\w-])/dgi,
    minEntropy: 3.5,
    validate: (value) => /\d/.test(value) && /[A-Z]/.test(value),
  }),
];

export const examples: RuleExamples = {
  'vercel-token': {
    positive: [`VERCEL_TOKEN=${fakeToken('vercel', 24)}`],
    negative: [fakeToken('vercel2', 24), 'VERCEL_TOKEN=your_vercel_token'],
  },
};
