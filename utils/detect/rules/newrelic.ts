import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'newrelic-user-key',
    title: 'New Relic user API key',
    description: 'A New Relic user key; it queries and changes the account.',
    rotationUrl: 'https://one.newrelic.com/api-keys',
    keywords: ['nrak-'],
    pattern: /(?<![\w-])NRAK-[A-Z0-9]{27}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'newrelic-insert-key',
    title: 'New Relic insert key',
    description: 'A New Relic insights insert key.',
    rotationUrl: 'https://one.newrelic.com/api-keys',
    keywords: ['nrii-'],
    pattern: /(?<![\w-])NRII-[\w-]{32}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'newrelic-browser-key',
    title: 'New Relic browser key',
    description: 'A New Relic browser ingest key.',
    severity: 'low',
    rotationUrl: 'https://one.newrelic.com/api-keys',
    keywords: ['nrjs-'],
    pattern: /(?<![\w-])NRJS-[a-f0-9]{19}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'newrelic-license-key',
    title: 'New Relic license key',
    description: 'A New Relic ingest license key; it sends data into the account.',
    rotationUrl: 'https://one.newrelic.com/api-keys',
    keywords: ['nral'],
    pattern: /(?<![A-Za-z0-9])[a-f0-9]{36}NRAL(?![A-Za-z0-9])/dg,
    window: { before: 40, after: 8 },
  }),
];

export const examples: RuleExamples = {
  'newrelic-user-key': {
    positive: [`NEW_RELIC_API_KEY=NRAK-${fakeToken('nrak', 27, 'upper')}`],
    // A documentation placeholder, not a key.
    negative: [`NRAK-${'X'.repeat(27)}`, 'NRAK-'],
  },
  'newrelic-insert-key': {
    positive: [`NRII-${fakeToken('nrii', 32, 'base64url')}`],
    negative: ['NRII-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'NRII-'],
  },
  'newrelic-browser-key': {
    positive: [`NRJS-${fakeToken('nrjs', 19, 'hex')}`],
    negative: ['NRJS-0000000000000000000', 'NRJS-'],
  },
  'newrelic-license-key': {
    positive: [`NEW_RELIC_LICENSE_KEY=${fakeToken('nral', 36, 'hex')}NRAL`],
    negative: ['000000000000000000000000000000000000NRAL', 'NRAL'],
  },
};
