import type { Rule, RuleExamples } from '../types';
import { isPlaceholder } from '../validators/placeholder';

export const rules: readonly Rule[] = [
  {
    id: 'stripe-key',
    category: 'secret',
    severity: 'high',
    title: 'Stripe secret key',
    description: 'A Stripe secret or restricted key; it can move money on the account.',
    rotationUrl: 'https://dashboard.stripe.com/apikeys',
    keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
    pattern: /(?<![\w-])[rs]k_(?:live|test)_[A-Za-z0-9]{16,}(?![\w-])/dg,
    validate: (value) => !isPlaceholder(value),
  },
];

export const examples: RuleExamples = {
  'stripe-key': {
    positive: [
      'STRIPE_SECRET_KEY=sk_live_51Hq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1Gf5Cs0Ej',
      'rk_test_51Hq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1Gf5Cs0Ej',
    ],
    negative: ['pk_live_51Hq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1Gf5Cs0Ej', 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
