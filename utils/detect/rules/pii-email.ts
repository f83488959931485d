import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  {
    id: 'pii-email',
    category: 'pii',
    // One address in a chat is everyday; many of them raise it (see detect/pii-bulk.ts).
    severity: 'low',
    title: 'E-mail address',
    description: 'An e-mail address, which identifies a person.',
    keywords: ['@'],
    // Local part and domain labels without consecutive dots; a letter-only top-level domain.
    pattern:
      /(?<![\w.%+-])[\w%+-]+(?:\.[\w%+-]+)*@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*\.[a-z]{2,24}(?![\w-])/dgi,
    validate: (value) => !/@\d+\.\d+\.\d+/.test(value) && !/\.(?:png|jpe?g|gif|svg)$/i.test(value),
  },
];

export const examples: RuleExamples = {
  'pii-email': {
    positive: ['write to jane.doe@acme-mail.com today', 'Kontakt: m.mueller@firma.de'],
    negative: ['logo@2x.png', 'npm install @scope/package', 'user@localhost'],
  },
};
