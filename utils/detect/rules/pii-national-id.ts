import type { MatchContext, Rule, RuleContext, RuleExamples } from '../types';
import { containing, hasRuleContext, wholeWord, wordStart } from '../validators/context';
import { isDutchBsn, isGermanTaxId, isUkNino } from '../validators/national-id';

const NINO_WORDS = /(?:national insurance|\bnino\b|\bni ?(?:no|number|#)|\bnin\b)/i;
const DE_TAX_WORDS = /(?:steuer-?id|identifikationsnummer|\bidnr|\btax ?id|\btin\b)/i;
const BSN_WORDS = /(?:\bbsn\b|burgerservicenummer|sofinummer)/i;
const PASSPORT_WORDS =
  /(?:passport|reisepass|passnummer|pass-?nr|passeport|pasaporte|passaporto|paspoort|passaporte)/i;

// Every match of each word pattern above contains one of its keywords (see Rule.context).
// "nino" and "ninumber" are keywords of their own: "nin" only counts as a whole word.
function inReach(words: RegExp, keywords: RuleContext['keywords']): RuleContext {
  return { words, radius: 40, keywords };
}

const NINO_CONTEXT = inReach(NINO_WORDS, [
  wholeWord('nin'),
  ...['nino', 'ninumber', 'ni no', 'ni number', 'ni #', 'ni#'].map(wordStart),
  ...containing('national insurance'),
]);
const DE_TAX_CONTEXT = inReach(DE_TAX_WORDS, [
  wholeWord('tin'),
  ...['idnr', 'tax id', 'taxid'].map(wordStart),
  ...containing('steuer-id', 'steuerid', 'identifikationsnummer'),
]);
const BSN_CONTEXT = inReach(BSN_WORDS, [
  wholeWord('bsn'),
  ...containing('burgerservicenummer', 'sofinummer'),
]);
const PASSPORT_CONTEXT = inReach(PASSPORT_WORDS, [
  ...containing('passport', 'reisepass', 'passnummer', 'pass-nr', 'passnr', 'passeport'),
  ...containing('pasaporte', 'passaport', 'paspoort'),
]);

function withContext(check: (value: string) => boolean, context: RuleContext) {
  return (value: string, match: MatchContext) => check(value) && hasRuleContext(match, context);
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
  check: (value: string) => boolean,
  context: RuleContext,
) {
  return {
    id: `pii-national-id-${id}`,
    category: 'pii',
    severity: 'high',
    title,
    description: 'A national identity, tax or passport number, written next to its name.',
    keywords: [],
    context,
    pattern,
    validate: withContext(check, context),
  } satisfies Rule;
}

// Each pattern reads its first character before it looks behind it, so the engine skips fast
// over text that cannot start a number instead of looking back at every position.
export const rules: readonly Rule[] = [
  nationalIdRule(
    'uk-nino',
    'UK National Insurance number',
    /[A-Z](?<![A-Z\d][A-Z])[A-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Z\d])/dgi,
    isUkNino,
    NINO_CONTEXT,
  ),
  nationalIdRule(
    'de-tax',
    'German tax ID (Steuer-ID)',
    /[1-9](?<!\d [1-9]|\d[1-9])\d(?: ?\d{3}){3}(?!\d)/dg,
    isGermanTaxId,
    DE_TAX_CONTEXT,
  ),
  nationalIdRule(
    'nl-bsn',
    'Dutch citizen service number (BSN)',
    /\d(?<![\d.]\d)\d{3}\.?\d{2}\.?\d{3}(?![\d.])/dg,
    isDutchBsn,
    BSN_CONTEXT,
  ),
  nationalIdRule(
    'passport',
    'Passport number',
    // Only where three digits follow (isPassportNumber wants half of 6–9 characters): upper-case
    // words in code are many and would each cost a validator call.
    /(?:\d(?<![A-Za-z\d]\d)(?=(?:[A-Z]{0,6}\d){2})|[A-Z](?<![A-Za-z\d][A-Z])(?=(?:[A-Z]{0,6}\d){3}))[A-Z\d]{5,8}(?![A-Za-z\d])/dg,
    isPassportNumber,
    PASSPORT_CONTEXT,
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
