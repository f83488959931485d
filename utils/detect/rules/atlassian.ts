import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'atlassian-api-token',
    title: 'Atlassian API token',
    description: 'An Atlassian (Jira, Confluence) API token; it acts as the user.',
    rotationUrl: 'https://id.atlassian.com/manage-profile/security/api-tokens',
    keywords: ['atatt3'],
    pattern: /(?<![\w-])ATATT3[\w=-]{180,250}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'atlassian-api-token': {
    positive: [`JIRA_API_TOKEN=ATATT3xFfGF0${fakeToken('atatt', 180, 'base64url')}=ABCD1234`],
    negative: ['ATATT3xFfGF0', 'ATATT3 short'],
  },
};
