import type { Rule, RuleExamples } from '../types';
import { hasContextWord } from '../validators/context';

const PHONE_WORDS =
  /(?:phone|\btel\b|\btel\.|mobile|\bcell|\bfax\b|telefon|handy|t[ée]l[ée]phone|teléfono|telefoon|telem[óo]vel|celular|portable|\bmob\b)/i;

function countDigits(value: string): number {
  return value.replace(/\D/g, '').length;
}

// An international number (+CC …) or the North American (555) 123-4567 shape stands on its own;
// anything else is only a phone number next to a word that says so, since bare digit groups are
// far more often dates, amounts and order numbers.
function isPhoneNumber(value: string, context: Parameters<NonNullable<Rule['validate']>>[1]) {
  const digits = countDigits(value);
  if (digits < 7 || digits > 15) return false;
  if (value.startsWith('+')) return digits >= 8;
  if (/^(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}$/.test(value)) return true;

  return hasContextWord(context, PHONE_WORDS, 30);
}

export const rules: readonly Rule[] = [
  {
    id: 'pii-phone',
    category: 'pii',
    severity: 'low',
    title: 'Phone number',
    description: 'A telephone number, which identifies a person.',
    keywords: [],
    // Starts at "+", "(" or a digit, looks behind only then, and goes on only where seven digits
    // follow (at most two separators apart, as in "+1 (415) 555"): shorter numbers are dates,
    // amounts and versions, which isPhoneNumber turns away anyway, and there are many of them.
    pattern:
      /(?:\+(?<![\w+./-]\+)(?=\d(?:[ ()./-]{0,2}\d){6})\d{1,3}[ .-]?(?:\(\d{1,5}\)[ .-]?)?\d|\((?<![\w+./-]\()(?=\d(?:[ ()./-]{0,2}\d){6})\d{1,5}\)[ .-]?\d|\d(?<![\w+./-]\d)(?=(?:[ ()./-]{0,2}\d){6}))\d{1,11}(?:[ ./-]\d{2,8}){0,4}(?![\w/-]|[.,]\d)/dg,
    validate: isPhoneNumber,
  },
];

export const examples: RuleExamples = {
  'pii-phone': {
    positive: [
      'call me on +44 20 7946 0958',
      'Tel.: 030 12345678',
      '(415) 555-0132',
      'phone 0176/1234567',
    ],
    negative: ['version 10.2.3.4', 'on 2024-01-15 at 10:00', 'order 4411 2233 5566', '+1 2'],
  },
};
