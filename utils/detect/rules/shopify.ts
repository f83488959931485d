import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'shopify-access-token',
    title: 'Shopify Admin API access token',
    description: 'A Shopify Admin API token; it reads orders and customers of the shop.',
    rotationUrl: 'https://help.shopify.com/en/manual/apps/app-types/custom-apps',
    keywords: ['shpat_'],
    pattern: /(?<![\w-])shpat_[a-fA-F0-9]{32}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'shopify-custom-app-token',
    title: 'Shopify custom app token',
    description: 'A Shopify custom app access token.',
    rotationUrl: 'https://help.shopify.com/en/manual/apps/app-types/custom-apps',
    keywords: ['shpca_'],
    pattern: /(?<![\w-])shpca_[a-fA-F0-9]{32}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'shopify-private-app-token',
    title: 'Shopify private app password',
    description: 'A Shopify private app password.',
    rotationUrl: 'https://help.shopify.com/en/manual/apps/app-types/custom-apps',
    keywords: ['shppa_'],
    pattern: /(?<![\w-])shppa_[a-fA-F0-9]{32}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'shopify-shared-secret',
    title: 'Shopify app shared secret',
    description: 'The shared secret of a Shopify app; it signs webhooks and OAuth.',
    rotationUrl: 'https://help.shopify.com/en/manual/apps/app-types/custom-apps',
    keywords: ['shpss_'],
    pattern: /(?<![\w-])shpss_[a-fA-F0-9]{32}(?![\w-])/dg,
  }),
];

export const examples: RuleExamples = {
  'shopify-access-token': {
    positive: [`SHOPIFY_ACCESS_TOKEN=shpat_${fakeToken('shpat', 32, 'hex')}`],
    negative: ['shpat_00000000000000000000000000000000', 'shpat_'],
  },
  'shopify-custom-app-token': {
    positive: [`shpca_${fakeToken('shpca', 32, 'hex')}`],
    negative: ['shpca_00000000000000000000000000000000', 'shpca_'],
  },
  'shopify-private-app-token': {
    positive: [`shppa_${fakeToken('shppa', 32, 'hex')}`],
    negative: ['shppa_00000000000000000000000000000000', 'shppa_'],
  },
  'shopify-shared-secret': {
    positive: [`SHOPIFY_API_SECRET=shpss_${fakeToken('shpss', 32, 'hex')}`],
    negative: ['shpss_00000000000000000000000000000000', 'shpss_'],
  },
};
