import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'stripe-key',
    title: 'Stripe secret key',
    description: 'A Stripe secret or restricted key; it can move money on the account.',
    rotationUrl: 'https://dashboard.stripe.com/apikeys',
    keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
    pattern: /(?<![\w-])[rs]k_(?:live|test)_[A-Za-z0-9]{16,}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'stripe-webhook-secret',
    title: 'Stripe webhook signing secret',
    description: 'The secret that signs Stripe webhook events; with it anyone can forge them.',
    rotationUrl: 'https://dashboard.stripe.com/webhooks',
    keywords: ['whsec_'],
    pattern: /(?<![\w-])whsec_[A-Za-z0-9+/]{32,64}={0,2}/dg,
  }),
];

export const examples: RuleExamples = {
  'stripe-key': {
    positive: [
      'STRIPE_SECRET_KEY=sk_live_51Hq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1Gf5Cs0Ej',
      'rk_test_51Hq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1Gf5Cs0Ej',
    ],
    negative: [
      'pk_live_51Hq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1Gf5Cs0Ej',
      'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
      'Stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"',
    ],
  },
  'stripe-webhook-secret': {
    positive: [`STRIPE_WEBHOOK_SECRET=whsec_${fakeToken('whsec', 32)}`],
    negative: ['whsec_...', 'whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
