import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'ngrok-authtoken',
    title: 'ngrok authtoken',
    description: 'An ngrok authtoken, next to its name; it opens tunnels on the account.',
    rotationUrl: 'https://dashboard.ngrok.com/get-started/your-authtoken',
    keywords: ['ngrok'],
    context: ['ngrok'],
    pattern: /(?<![\w-])\d[A-Z0-9]{24,26}_[A-Z0-9]{20,22}(?![\w-])/dgi,
  }),
];

export const examples: RuleExamples = {
  'ngrok-authtoken': {
    positive: [`ngrok config add-authtoken 2${fakeToken('ngrok', 26)}_${fakeToken('ngrok2', 21)}`],
    negative: [
      `2${fakeToken('ngrok3', 26)}_${fakeToken('ngrok4', 21)}`,
      'ngrok config add-authtoken <token>',
    ],
  },
};
