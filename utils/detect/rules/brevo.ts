import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'brevo-api-key',
    title: 'Brevo (Sendinblue) API key',
    description: 'A Brevo key; it sends mail and reads contacts.',
    rotationUrl: 'https://app.brevo.com/settings/keys/api',
    keywords: ['xkeysib-'],
    pattern: /(?<![\w-])xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'brevo-api-key': {
    positive: [`BREVO_API_KEY=xkeysib-${fakeToken('brevo', 64, 'hex')}-${fakeToken('brevo2', 16)}`],
    negative: [
      'xkeysib-0000000000000000000000000000000000000000000000000000000000000000-xxxxxxxxxxxxxxxx',
      'xkeysib-',
    ],
  },
};
