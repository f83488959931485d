import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'mailgun-api-key',
    title: 'Mailgun API key',
    description: 'A Mailgun private API key; it sends mail as your domains.',
    rotationUrl: 'https://app.mailgun.com/settings/api_security',
    keywords: ['key-', 'mailgun'],
    pattern: /(?<![\w-])(?:key-[a-f0-9]{32}|[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?![\w-])/dg,
    window: { before: 0, after: 300 },
  }),
  defineSecretRule({
    id: 'mailgun-signing-key',
    title: 'Mailgun webhook signing key',
    description: 'The key that signs Mailgun webhooks, next to its name.',
    rotationUrl: 'https://app.mailgun.com/settings/api_security',
    keywords: ['mailgun'],
    context: ['mailgun'],
    pattern: /(?<![\w-])[a-f0-9]{32}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'mailgun-api-key': {
    positive: [
      `MAILGUN_API_KEY=key-${fakeToken('mg', 32, 'hex')}`,
      `MAILGUN_API_KEY=${fakeToken('mg2', 32, 'hex')}-${fakeToken('mg3', 8, 'hex')}-${fakeToken('mg4', 8, 'hex')}`,
    ],
    negative: ['key-00000000000000000000000000000000', 'api-key-rotation-policy'],
  },
  'mailgun-signing-key': {
    positive: [`MAILGUN_WEBHOOK_SIGNING_KEY=${fakeToken('mgs', 32, 'hex')}`],
    negative: [fakeToken('mgs2', 32, 'hex'), 'MAILGUN_WEBHOOK_SIGNING_KEY=<key>'],
  },
};
