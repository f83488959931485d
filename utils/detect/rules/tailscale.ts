import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'tailscale-key',
    title: 'Tailscale key',
    description:
      'A Tailscale API, auth or OAuth client key; it joins devices or changes the tailnet.',
    rotationUrl: 'https://login.tailscale.com/admin/settings/keys',
    keywords: ['tskey-'],
    pattern:
      /(?<![\w-])tskey-(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{6,20}-[A-Za-z0-9]{20,40}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'tailscale-key': {
    positive: [`TS_AUTHKEY=tskey-auth-${fakeToken('ts', 17)}-${fakeToken('ts2', 33)}`],
    // A documentation placeholder, not a key.
    negative: [`tskey-auth-${'X'.repeat(6)}-${'X'.repeat(24)}`, 'tskey-api-docs'],
  },
};
