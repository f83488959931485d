import type { Rule, RuleExamples } from '../types';
import { isValidIban } from '../validators/iban';

export const rules: readonly Rule[] = [
  {
    id: 'iban',
    category: 'pii',
    severity: 'medium',
    title: 'Bank account number (IBAN)',
    description: 'An international bank account number; it identifies a person or company.',
    // IBANs come without a label as often as with one, so there is no keyword to wait for.
    keywords: [],
    // Groups of four, optionally space-separated as printed; exact groups keep it unambiguous.
    pattern:
      /[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/dg,
    validate: isValidIban,
  },
];

export const examples: RuleExamples = {
  iban: {
    positive: [
      'Contact jane@example.com IBAN DE89370400440532013000',
      'IBAN: GB29 NWBK 6016 1331 9268 19',
      'FR1420041010050500013M02606',
    ],
    negative: ['DE89370400440532013001', 'DE8937040044053201300', 'ORDER12345678 shipped'],
  },
};
