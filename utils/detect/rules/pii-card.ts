import type { Rule, RuleExamples } from '../types';
import { isPaymentCardNumber } from '../validators/luhn';

export const rules: readonly Rule[] = [
  {
    id: 'pii-card',
    category: 'pii',
    // Card numbers are payment data under PCI DSS wherever they appear, one or a hundred.
    severity: 'high',
    title: 'Payment card number',
    description: 'A credit or debit card number that passes the Luhn check for a known issuer.',
    keywords: [],
    // 12–19 digits, or grouped as cards print them (4-4-4-4, 4-6-5) with spaces or dashes.
    pattern:
      /\d(?<![\d.,-]\d)\d{3}(?:\d{8,15}|([ -])\d{4}\1\d{4}\1\d{1,4}(?:\1\d{3})?|([ -])\d{6}\2\d{4,5})(?![\d-]|[.,]\d)/dg,
    validate: isPaymentCardNumber,
  },
];

export const examples: RuleExamples = {
  'pii-card': {
    positive: [
      'Card: 4556 7375 8689 9855, exp 04/29',
      'charge 5425-2334-3010-9903 again',
      'amex 3714 496353 98472',
      '4917484589897107',
    ],
    negative: [
      'Card: 4556 7375 8689 9856',
      'test card 4111 1111 1111 1111',
      'order 1234567890123456 shipped',
      'build 20240115123045',
    ],
  },
};
