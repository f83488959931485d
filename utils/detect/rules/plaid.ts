import { fakeUuid } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'plaid-access-token',
    title: 'Plaid access token',
    description: 'A Plaid access token; it reads a person’s bank accounts and transactions.',
    rotationUrl: 'https://dashboard.plaid.com/developers/keys',
    keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
    pattern:
      /(?<![\w-])access-(?:production|development|sandbox)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'plaid-access-token': {
    positive: [`"access_token": "access-production-${fakeUuid('plaid')}"`],
    negative: ['access-sandbox-00000000-0000-0000-0000-000000000000', 'access-production-'],
  },
};
