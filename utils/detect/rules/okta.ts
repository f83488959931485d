import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'okta-api-token',
    title: 'Okta API token',
    description: 'An Okta API token, next to its name; it manages users and apps.',
    rotationUrl: 'https://developer.okta.com/docs/guides/create-an-api-token/',
    keywords: ['okta'],
    context: ['okta', 'ssws'],
    pattern: /(?<![\w-])00[\w-]{40}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'okta-api-token': {
    positive: [`OKTA_API_TOKEN=00${fakeToken('okta', 40, 'base64url')}`],
    negative: [`00${fakeToken('okta2', 40, 'base64url')}`, 'OKTA_API_TOKEN=<token>'],
  },
};
