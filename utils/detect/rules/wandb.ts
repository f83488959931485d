import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'wandb-api-key',
    title: 'Weights & Biases API key',
    description:
      'A Weights & Biases key, next to its name; it reads and writes runs and artifacts.',
    rotationUrl: 'https://wandb.ai/authorize',
    keywords: ['wandb'],
    context: ['wandb'],
    pattern: /(?<![\w-])[a-f0-9]{40}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'wandb-api-key': {
    positive: [
      `WANDB_API_KEY=${fakeToken('wandb', 40, 'hex')}`,
      `wandb login ${fakeToken('wandb2', 40, 'hex')}`,
    ],
    negative: [fakeToken('wandb3', 40, 'hex'), 'WANDB_API_KEY=$WANDB_KEY'],
  },
};
