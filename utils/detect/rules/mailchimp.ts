import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'mailchimp-api-key',
    title: 'Mailchimp API key',
    description: 'A Mailchimp key; it reads audiences and sends campaigns.',
    rotationUrl: 'https://us1.admin.mailchimp.com/account/api/',
    keywords: ['-us'],
    pattern: /(?<![\w-])[a-f0-9]{32}-us\d{1,2}(?![\w-])/dg,
    window: { before: 40, after: 8 },
  }),
];

export const examples: RuleExamples = {
  'mailchimp-api-key': {
    positive: [`MAILCHIMP_API_KEY=${fakeToken('mc', 32, 'hex')}-us21`],
    negative: ['00000000000000000000000000000000-us21', 'plus-us1'],
  },
};
