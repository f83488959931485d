import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'sendgrid-api-key',
    title: 'SendGrid API key',
    description: 'A Twilio SendGrid key; it sends mail as your domain.',
    rotationUrl: 'https://app.sendgrid.com/settings/api_keys',
    keywords: ['sg.'],
    pattern: /(?<![\w-])SG\.[\w-]{22}\.[\w-]{43}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'sendgrid-api-key': {
    positive: [
      `SENDGRID_API_KEY=SG.${fakeToken('sg', 22, 'base64url')}.${fakeToken('sg2', 43, 'base64url')}`,
    ],
    negative: [
      'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SG.short.key',
    ],
  },
};
