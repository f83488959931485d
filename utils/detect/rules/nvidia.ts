import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'nvidia-api-key',
    title: 'NVIDIA API key',
    description: 'A key for NVIDIA NIM and the NVIDIA API catalog.',
    rotationUrl: 'https://build.nvidia.com',
    keywords: ['nvapi-'],
    pattern: /(?<![\w-])nvapi-[\w-]{64}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'nvidia-api-key': {
    positive: [`NVIDIA_API_KEY=nvapi-${fakeToken('nvapi', 64, 'base64url')}`],
    negative: [
      'nvapi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'nvapi-key-docs',
    ],
  },
};
