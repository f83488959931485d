import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'netlify-token',
    title: 'Netlify access token',
    description: 'A Netlify personal access token; it deploys and configures sites.',
    rotationUrl: 'https://app.netlify.com/user/applications',
    keywords: ['nfp_'],
    pattern: /(?<![\w-])nfp_[A-Za-z0-9]{36}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'netlify-token': {
    positive: [`NETLIFY_AUTH_TOKEN=nfp_${fakeToken('nfp', 36)}`],
    negative: ['nfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'nfp_short'],
  },
};
