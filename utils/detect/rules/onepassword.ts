import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'onepassword-service-account-token',
    title: '1Password service account token',
    description: 'A 1Password service account token; it reads the vaults it was granted.',
    rotationUrl: 'https://developer.1password.com/docs/service-accounts/',
    keywords: ['ops_eyj'],
    pattern: /(?<![\w-])ops_eyJ[\w+/=-]{250,}/dg,
    window: { before: 16, after: 2048 },
  }),
  defineSecretRule({
    id: 'onepassword-secret-key',
    title: '1Password Secret Key',
    description: 'A 1Password account Secret Key; with the account password it opens the vaults.',
    rotationUrl: 'https://support.1password.com/secret-key/',
    keywords: ['a3-'],
    pattern:
      /(?<![\w-])A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'onepassword-service-account-token': {
    positive: [`OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ${fakeToken('ops', 300, 'base64url')}`],
    negative: ['ops_eyJ', 'ops_eyJshort'],
  },
  'onepassword-secret-key': {
    positive: [
      `Secret Key: A3-${fakeToken('op1', 6, 'upper')}-${fakeToken('op2', 6, 'upper')}-${fakeToken('op3', 5, 'upper')}-${fakeToken('op4', 5, 'upper')}-${fakeToken('op5', 5, 'upper')}-${fakeToken('op6', 5, 'upper')}`,
    ],
    // A documentation placeholder, not a key.
    negative: [
      `A3-${[6, 6, 5, 5, 5, 5].map((length) => 'X'.repeat(length)).join('-')}`,
      'A3-paper-size',
    ],
  },
};
