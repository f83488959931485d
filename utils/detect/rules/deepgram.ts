import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'deepgram-api-key',
    title: 'Deepgram API key',
    description: 'A key for the Deepgram speech API, next to its name.',
    rotationUrl: 'https://console.deepgram.com',
    keywords: ['deepgram'],
    context: ['deepgram'],
    pattern: /(?<![\w-])[a-f0-9]{40}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'deepgram-api-key': {
    positive: [
      `DEEPGRAM_API_KEY=${fakeToken('dg', 40, 'hex')}`,
      `deepgram key ${fakeToken('dg2', 40, 'hex')}`,
    ],
    negative: [fakeToken('dg3', 40, 'hex'), 'DEEPGRAM_API_KEY=changeme'],
  },
};
