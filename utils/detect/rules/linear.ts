import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'linear-api-key',
    title: 'Linear API key',
    description: 'A Linear personal API key; it reads and changes issues.',
    rotationUrl: 'https://linear.app/settings/account/security',
    keywords: ['lin_api_'],
    pattern: /(?<![\w-])lin_api_[A-Za-z0-9]{40}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'linear-oauth-token',
    title: 'Linear OAuth token',
    description: 'A Linear OAuth access token or client secret.',
    rotationUrl: 'https://linear.app/settings/api',
    keywords: ['lin_oauth_'],
    pattern: /(?<![\w-])lin_oauth_[a-f0-9]{64}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'linear-api-key': {
    positive: [`LINEAR_API_KEY=lin_api_${fakeToken('lin', 40)}`],
    negative: ['lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'lin_api_'],
  },
  'linear-oauth-token': {
    positive: [`lin_oauth_${fakeToken('lino', 64, 'hex')}`],
    negative: [
      'lin_oauth_0000000000000000000000000000000000000000000000000000000000000000',
      'lin_oauth_',
    ],
  },
};
