import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'fireworks-api-key',
    title: 'Fireworks AI API key',
    description: 'A key for the Fireworks AI inference API.',
    rotationUrl: 'https://fireworks.ai/account/api-keys',
    keywords: ['fw_'],
    pattern: /(?<![\w-])fw_[A-Za-z0-9]{24}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'fireworks-api-key': {
    positive: [`FIREWORKS_API_KEY=fw_${fakeToken('fw', 24)}`],
    negative: ['fw_xxxxxxxxxxxxxxxxxxxxxxxx', 'fw_version_major'],
  },
};
