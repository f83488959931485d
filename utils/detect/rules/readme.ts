import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'readme-api-key',
    title: 'ReadMe API key',
    description: 'A ReadMe key; it changes the documentation project.',
    rotationUrl: 'https://dash.readme.com',
    keywords: ['rdme_'],
    pattern: /(?<![\w-])rdme_[a-z0-9]{70}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'readme-api-key': {
    positive: [`README_API_KEY=rdme_${fakeToken('rdme', 70, 'lower')}`],
    negative: [
      'rdme_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'rdme_',
    ],
  },
};
