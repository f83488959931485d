import type { MatchContext, Rule, RuleExamples } from '../types';
import { hasContextWord } from '../validators/context';
import { isDutchBsn, isGermanTaxId, isUkNino } from '../validators/national-id';

const NINO_WORDS = /(?:national insurance|\bnino\b|\bni ?(?:no|number|#)|\bnin\b)/i;
const DE_TAX_WORDS = /(?:steuer-?id|identifikationsnummer|\bidnr|\btax ?id|\btin\b)/i;
const BSN_WORDS = /(?:\bbsn\b|burgerservicenummer|sofinummer)/i;
const PASSPORT_WORDS =
  /(?:passport|reisepass|passnummer|pass-?nr|passeport|pasaporte|passaporto|paspoort|passaporte)/i;

// Strings every match of the word patterns above contains (see Rule.contextKeywords).
const NINO_KEYWORDS = ['national insurance', 'nin', 'ni no', 'ni number', 'ni #', 'ni#'];
const DE_TAX_KEYWORDS = [
  'steuer-id',
  'steuerid',
  'identifikationsnummer',
  'idnr',
  'tax id',
  'taxid',
  'tin',
];
const BSN_KEYWORDS = ['bsn', 'burgerservicenummer', 'sofinummer'];
const PASSPORT_KEYWORDS = [
  'passport',
  'reisepass',
  'passnummer',
  'pass-nr',
  'passnr',
  'passeport',
  'pasaporte',
  'passaport',
  'paspoort',
];

function withContext(check: (value: string) => boolean, words: RegExp) {
  return (value: string, context: MatchContext) =>
    check(value) && hasContextWord(context, words, 40);
}

// Passport numbers have no public checksum: 6–9 letters and digits, at least half of them digits,
// next to the word itself.
function isPassportNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return digits * 2 >= value.length && !/^(\d)\1+$/.test(value);
}

function nationalIdRule(
  id: string,
  title: string,
  pattern: RegExp,
  validate: Rule['validate'],
  contextKeywords: readonly string[],
) {
  return {
    id: `pii-national-id-${id}`,
    category: 'pii',
    severity: 'high',
    title,
    description: 'A national identity, tax or passport number, written next to its name.',
    keywords: [],
    contextKeywords,
    pattern,
    validate,
  } satisfies Rule;
}

// Each pattern reads its first character before it looks behind it, so the engine skips fast
// over text that cannot start a number instead of looking back at every position.
export const rules: readonly Rule[] = [
  nationalIdRule(
    'uk-nino',
    'UK National Insurance number',
    /[A-Z](?<![A-Z\d][A-Z])[A-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Z\d])/dgi,
    withContext(isUkNino, NINO_WORDS),
    NINO_KEYWORDS,
  ),
  nationalIdRule(
    'de-tax',
    'German tax ID (Steuer-ID)',
    /[1-9](?<!\d [1-9]|\d[1-9])\d(?: ?\d{3}){3}(?!\d)/dg,
    withContext(isGermanTaxId, DE_TAX_WORDS),
    DE_TAX_KEYWORDS,
  ),
  nationalIdRule(
    'nl-bsn',
    'Dutch citizen service number (BSN)',
    /\d(?<![\d.]\d)\d{3}\.?\d{2}\.?\d{3}(?![\d.])/dg,
    withContext(isDutchBsn, BSN_WORDS),
    BSN_KEYWORDS,
  ),
  nationalIdRule(
    'passport',
    'Passport number',
    // Only where three digits follow (isPassportNumber wants half of 6–9 characters): upper-case
    // words in code are many and would each cost a validator call.
    /(?:\d(?<![A-Za-z\d]\d)(?=(?:[A-Z]{0,6}\d){2})|[A-Z](?<![A-Za-z\d][A-Z])(?=(?:[A-Z]{0,6}\d){3}))[A-Z\d]{5,8}(?![A-Za-z\d])/dg,
    withContext(isPassportNumber, PASSPORT_WORDS),
    PASSPORT_KEYWORDS,
  ),
];

export const examples: RuleExamples = {
  'pii-national-id-uk-nino': {
    positive: ['National Insurance number: AB 12 34 56 C', 'NINO JG103759A'],
    negative: ['NINO GB123456A', 'part AB123456C in stock'],
  },
  'pii-national-id-de-tax': {
    positive: ['Steuer-ID: 86095742719', 'Steueridentifikationsnummer 65 929 970 489'],
    negative: ['Steuer-ID: 86095742718', 'Rechnung 86095742719'],
  },
  'pii-national-id-nl-bsn': {
    positive: ['BSN 111222333', 'burgerservicenummer: 1234.56.782'],
    negative: ['BSN 111222334', 'order 111222333'],
  },
  'pii-national-id-passport': {
    positive: ['Passport No. 533380006', 'Reisepass: C01X00T47'],
    negative: ['passport photo size 35x45', 'ticket 533380006'],
  },
};
