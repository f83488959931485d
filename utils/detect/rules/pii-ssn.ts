import type { Rule, RuleExamples } from '../types';
import { hasContextWord, textBefore } from '../validators/context';
import { isPlausibleSsn } from '../validators/ssn';

const SSN_WORDS = /\b(?:ssn|ss#|social security|soc\.? ?sec)/i;

// The dashed 3-2-4 shape is also used for part, order and case numbers; their label says so.
const OTHER_NUMBER_WORDS =
  /\b(?:part|order|ref|reference|invoice|sku|item|ticket|case|model|serial|tracking|po)(?: ?(?:no|number))?\b[^a-z\d]*$/i;

export const rules: readonly Rule[] = [
  {
    id: 'pii-ssn',
    category: 'pii',
    severity: 'high',
    title: 'US Social Security number',
    description: 'A Social Security number: the key to a person’s credit and tax identity.',
    keywords: [],
    // Written 123-45-6789; the bare nine digits only count next to a label (see validate).
    pattern: /\d(?<![\d-]\d)\d\d(?:-\d{2}-\d{4}| \d{2} \d{4}|\d{6})(?![\d-])/dg,
    validate: (value, context) =>
      isPlausibleSsn(value) &&
      !OTHER_NUMBER_WORDS.test(textBefore(context, 24)) &&
      (value.includes('-') || hasContextWord(context, SSN_WORDS)),
  },
];

export const examples: RuleExamples = {
  'pii-ssn': {
    positive: ['SSN 536-22-8126', 'employee ssn: 536228126', 'Social Security No. 536 22 8126'],
    negative: [
      'SSN 666-22-8126',
      'SSN 536-00-8126',
      'invoice 536228126',
      '078-05-1120',
      'Part no. 536-22-8126',
    ],
  },
};
