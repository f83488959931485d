import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'gcp-service-account-key',
    title: 'Google Cloud service account key',
    description: 'A service account key file; it acts as the service account in the project.',
    rotationUrl: 'https://cloud.google.com/iam/docs/keys-create-delete',
    keywords: ['private_key_id'],
    pattern: /"private_key_id"[ \t]*:[ \t]*"(?<value>[a-f0-9]{40})"/dg,
    window: { before: 1, after: 80 },
  }),
];

export const examples: RuleExamples = {
  'gcp-service-account-key': {
    positive: [
      `{"type": "service_account", "project_id": "demo", "private_key_id": "${fakeToken('gcpsa', 40, 'hex')}"}`,
    ],
    negative: [
      '"private_key_id": "0000000000000000000000000000000000000000"',
      '"private_key_id": "<id>"',
    ],
  },
};
