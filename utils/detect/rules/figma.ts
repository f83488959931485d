import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'figma-token',
    title: 'Figma personal access token',
    description: 'A Figma token; it reads design files.',
    rotationUrl: 'https://www.figma.com/developers/api#access-tokens',
    keywords: ['figd_'],
    pattern: /(?<![\w-])figd_[\w-]{40}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'figma-token': {
    positive: [`FIGMA_TOKEN=figd_${fakeToken('figd', 40, 'base64url')}`],
    negative: ['figd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'figd_'],
  },
};
