import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'hetzner-token',
    title: 'Hetzner Cloud API token',
    description: 'A Hetzner Cloud token, next to its name; it manages servers.',
    rotationUrl: 'https://docs.hetzner.cloud/#authentication',
    keywords: ['hcloud', 'hetzner'],
    context: ['hcloud', 'hetzner'],
    pattern: /(?<![\w-])[A-Z0-9]{64}(?![\w-])/dgi,
  }),
];

export const examples: RuleExamples = {
  'hetzner-token': {
    positive: [`HCLOUD_TOKEN=${fakeToken('hcloud', 64)}`],
    negative: [fakeToken('hcloud2', 64), 'HCLOUD_TOKEN=<token>'],
  },
};
