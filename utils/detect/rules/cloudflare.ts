import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'cloudflare-api-token',
    title: 'Cloudflare API token',
    description: 'A Cloudflare API token, next to its name; it changes DNS, workers and more.',
    rotationUrl: 'https://dash.cloudflare.com/profile/api-tokens',
    keywords: ['cloudflare', 'cf_api_token'],
    context: ['cloudflare', 'cf_api_token'],
    pattern: /(?<![\w-])[\w-]{40}(?![\w-])/dg,
    minEntropy: 3.5,
  }),
  defineSecretRule({
    id: 'cloudflare-global-api-key',
    title: 'Cloudflare global API key',
    description: 'The account-wide Cloudflare key, next to its name.',
    rotationUrl: 'https://dash.cloudflare.com/profile/api-tokens',
    keywords: ['cloudflare', 'x-auth-key', 'cf_api_key'],
    context: ['cloudflare', 'x-auth-key', 'cf_api_key'],
    pattern: /(?<![\w-])[a-f0-9]{37}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'cloudflare-origin-ca-key',
    title: 'Cloudflare Origin CA key',
    description: 'A key that issues Cloudflare origin certificates.',
    rotationUrl: 'https://dash.cloudflare.com/profile/api-tokens',
    keywords: ['v1.0-'],
    pattern: /(?<![\w-])v1\.0-[a-f0-9]{24}-[a-f0-9]{146}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'cloudflare-api-token': {
    positive: [`CLOUDFLARE_API_TOKEN=${fakeToken('cf', 40, 'base64url')}`],
    negative: [fakeToken('cf2', 40, 'base64url'), 'CLOUDFLARE_API_TOKEN=${{ secrets.CF_TOKEN }}'],
  },
  'cloudflare-global-api-key': {
    positive: [
      `X-Auth-Key: ${fakeToken('cfg', 37, 'hex')}`,
      `CLOUDFLARE_API_KEY=${fakeToken('cfg2', 37, 'hex')}`,
    ],
    negative: [fakeToken('cfg3', 37, 'hex'), 'CF_API_KEY=<key>'],
  },
  'cloudflare-origin-ca-key': {
    positive: [`v1.0-${fakeToken('cfo', 24, 'hex')}-${fakeToken('cfo2', 146, 'hex')}`],
    negative: ['v1.0-release-notes', `v1.0-${fakeToken('cfo3', 24, 'hex')}`],
  },
};
