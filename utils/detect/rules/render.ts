import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'render-api-key',
    title: 'Render API key',
    description: 'A Render API key; it deploys and manages services.',
    rotationUrl: 'https://dashboard.render.com/u/settings#api-keys',
    keywords: ['rnd_'],
    pattern: /(?<![\w-])rnd_[A-Za-z0-9]{32}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'render-api-key': {
    positive: [`RENDER_API_KEY=rnd_${fakeToken('rnd', 32)}`],
    negative: ['rnd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'rnd_seed'],
  },
};
