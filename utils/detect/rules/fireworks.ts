import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'fireworks-api-key',
    title: 'Fireworks AI API key',
    description: 'A key for the Fireworks AI inference API.',
    // Keys are managed on this page and begin with `fw_`, as Fireworks' own docs say
    // (https://docs.fireworks.ai/ecosystem/fireconnect/cursor). The docs give no length; keys
    // seen in public code have 24 base62 characters after the prefix.
    rotationUrl: 'https://app.fireworks.ai/settings/users/api-keys',
    keywords: ['fw_'],
    pattern: /(?<![\w-])fw_[A-Za-z0-9]{24}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'fireworks-api-key': {
    positive: [`FIREWORKS_API_KEY=fw_${fakeToken('fw', 24)}`],
    negative: ['fw_xxxxxxxxxxxxxxxxxxxxxxxx', 'fw_version_major', 'FIREWORKS_API_KEY=fw_...'],
  },
};
