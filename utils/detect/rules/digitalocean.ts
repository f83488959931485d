import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'digitalocean-token',
    title: 'DigitalOcean personal access token',
    description: 'A DigitalOcean API token; it can create and destroy droplets and data.',
    rotationUrl: 'https://cloud.digitalocean.com/account/api/tokens',
    keywords: ['dop_v1_'],
    pattern: /(?<![\w-])dop_v1_[a-f0-9]{64}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'digitalocean-oauth-token',
    title: 'DigitalOcean OAuth token',
    description: 'A DigitalOcean OAuth access token.',
    rotationUrl: 'https://cloud.digitalocean.com/account/api/tokens',
    keywords: ['doo_v1_'],
    pattern: /(?<![\w-])doo_v1_[a-f0-9]{64}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'digitalocean-refresh-token',
    title: 'DigitalOcean refresh token',
    description: 'A DigitalOcean OAuth refresh token.',
    rotationUrl: 'https://cloud.digitalocean.com/account/api/tokens',
    keywords: ['dor_v1_'],
    pattern: /(?<![\w-])dor_v1_[a-f0-9]{64}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'digitalocean-token': {
    positive: [`DIGITALOCEAN_TOKEN=dop_v1_${fakeToken('dop', 64, 'hex')}`],
    negative: [
      'dop_v1_0000000000000000000000000000000000000000000000000000000000000000',
      `dop_v1_${fakeToken('dop2', 32, 'hex')}`,
    ],
  },
  'digitalocean-oauth-token': {
    positive: [`doo_v1_${fakeToken('doo', 64, 'hex')}`],
    negative: [
      'doo_v1_ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
      'doo_v1_',
    ],
  },
  'digitalocean-refresh-token': {
    positive: [`"refresh_token":"dor_v1_${fakeToken('dor', 64, 'hex')}"`],
    negative: [
      'dor_v1_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      'dor_v1_x',
    ],
  },
};
