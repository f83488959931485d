import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'elevenlabs-api-key',
    title: 'ElevenLabs API key',
    description: 'A key for the ElevenLabs voice API, next to its name.',
    rotationUrl: 'https://elevenlabs.io/app/settings/api-keys',
    keywords: ['elevenlabs', 'xi-api-key'],
    context: ['elevenlabs', 'xi-api-key'],
    pattern: /(?<![\w-])(?:sk_[a-f0-9]{48}|[a-f0-9]{32})(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'elevenlabs-api-key': {
    positive: [
      `ELEVENLABS_API_KEY=sk_${fakeToken('el', 48, 'hex')}`,
      `xi-api-key: ${fakeToken('el2', 32, 'hex')}`,
    ],
    negative: [`sk_${fakeToken('el3', 48, 'hex')}`, 'ELEVENLABS_API_KEY=your-api-key-here'],
  },
};
