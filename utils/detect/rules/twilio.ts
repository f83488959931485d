import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'twilio-api-key',
    title: 'Twilio API key',
    description: 'A Twilio API key SID; with its secret it sends messages and calls.',
    rotationUrl: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
    keywords: ['twilio'],
    context: ['twilio'],
    pattern: /(?<![A-Za-z0-9])SK[a-f0-9]{32}(?![A-Za-z0-9])/dg,
    validate: (value) => /[a-f]/.test(value) && /\d/.test(value),
  }),
  defineSecretRule({
    id: 'twilio-auth-token',
    title: 'Twilio auth token',
    description: 'The Twilio account auth token, next to its name; it controls the whole account.',
    rotationUrl: 'https://console.twilio.com',
    keywords: ['twilio'],
    context: ['twilio'],
    pattern: /(?<![\w-])[a-f0-9]{32}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'twilio-api-key': {
    positive: [`TWILIO_API_KEY=SK${fakeToken('twsk', 32, 'hex')}`],
    negative: ['SK00000000000000000000000000000000', 'SKU12345'],
  },
  'twilio-auth-token': {
    positive: [`TWILIO_AUTH_TOKEN=${fakeToken('twat', 32, 'hex')}`],
    negative: [fakeToken('twat2', 32, 'hex'), 'TWILIO_AUTH_TOKEN=your_auth_token'],
  },
};
