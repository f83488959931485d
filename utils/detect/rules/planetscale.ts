import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'planetscale-token',
    title: 'PlanetScale service token',
    description: 'A PlanetScale service token; it manages databases.',
    rotationUrl: 'https://planetscale.com/docs/concepts/service-tokens',
    keywords: ['pscale_tkn_'],
    pattern: /(?<![\w-])pscale_tkn_[\w.-]{32,64}/dg,
  }),
  defineSecretRule({
    id: 'planetscale-password',
    title: 'PlanetScale database password',
    description: 'A PlanetScale database password; it reads and writes the branch.',
    rotationUrl: 'https://planetscale.com/docs/concepts/service-tokens',
    keywords: ['pscale_pw_'],
    pattern: /(?<![\w-])pscale_pw_[\w.-]{32,64}/dg,
  }),
  defineSecretRule({
    id: 'planetscale-oauth-token',
    title: 'PlanetScale OAuth token',
    description: 'A PlanetScale OAuth token.',
    rotationUrl: 'https://planetscale.com/docs/concepts/service-tokens',
    keywords: ['pscale_oauth_'],
    pattern: /(?<![\w-])pscale_oauth_[\w.-]{32,64}/dg,
  }),
];

export const examples: RuleExamples = {
  'planetscale-token': {
    positive: [`PLANETSCALE_SERVICE_TOKEN=pscale_tkn_${fakeToken('pst', 43, 'base64url')}`],
    negative: ['pscale_tkn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'pscale_tkn_'],
  },
  'planetscale-password': {
    positive: [`DATABASE_PASSWORD=pscale_pw_${fakeToken('psp', 43, 'base64url')}`],
    negative: ['pscale_pw_<password>', 'pscale_pw_'],
  },
  'planetscale-oauth-token': {
    positive: [`pscale_oauth_${fakeToken('pso', 43, 'base64url')}`],
    negative: ['pscale_oauth_', 'pscale_oauth_<token>'],
  },
};
