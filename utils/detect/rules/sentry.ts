import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'sentry-auth-token',
    title: 'Sentry auth token',
    description: 'A Sentry organization auth token; it uploads releases and reads events.',
    rotationUrl: 'https://sentry.io/settings/auth-tokens/',
    keywords: ['sntrys_'],
    pattern: /(?<![\w-])sntrys_eyJ[\w+/=-]{60,400}/dg,
  }),
  defineSecretRule({
    id: 'sentry-user-token',
    title: 'Sentry user auth token',
    description: 'A Sentry personal token; it acts as the user.',
    rotationUrl: 'https://sentry.io/settings/account/api/auth-tokens/',
    keywords: ['sntryu_'],
    pattern: /(?<![\w-])sntryu_[a-f0-9]{64}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'sentry-dsn',
    title: 'Sentry DSN',
    description: 'A Sentry DSN; anyone with it can send events into the project.',
    severity: 'medium',
    rotationUrl: 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/',
    keywords: ['ingest.'],
    pattern:
      /https:\/\/(?<value>[a-f0-9]{32})@o\d{1,12}\.ingest(?:\.[a-z]{2})?\.sentry\.io\/\d{1,12}/dg,
    window: { before: 96, after: 120 },
  }),
];

export const examples: RuleExamples = {
  'sentry-auth-token': {
    positive: [`SENTRY_AUTH_TOKEN=sntrys_eyJ${fakeToken('sntrys', 150, 'base64')}`],
    negative: ['sntrys_eyJ', 'sntrys_'],
  },
  'sentry-user-token': {
    positive: [`sntryu_${fakeToken('sntryu', 64, 'hex')}`],
    negative: [
      'sntryu_0000000000000000000000000000000000000000000000000000000000000000',
      'sntryu_',
    ],
  },
  'sentry-dsn': {
    positive: [
      `SENTRY_DSN=https://${fakeToken('dsn', 32, 'hex')}@o123456.ingest.sentry.io/4504000000000000`,
    ],
    negative: ['https://public@sentry.example.com/1', 'o123.ingest.sentry.io'],
  },
};
