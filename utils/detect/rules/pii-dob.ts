import type { MatchContext, Rule, RuleContext, RuleExamples } from '../types';
import { containing, hasRuleContext, wholeWord, wordStart } from '../validators/context';

const BIRTH_WORDS =
  /(?:\bdob\b|d\.o\.b|date of birth|birth ?date|birthday|\bborn\b|geburtsdatum|geburtstag|\bgeb\.|geboren|date de naissance|\bn[ée]e? le|fecha de nacimiento|nacid[oa]|data di nascita|nat[oa] il|geboortedatum|data de nascimento)/i;

// Every match of the words contains one of these keywords (see Rule.context).
const BIRTH_CONTEXT: RuleContext = {
  words: BIRTH_WORDS,
  radius: 40,
  keywords: [
    wholeWord('dob'),
    wholeWord('born'),
    wordStart('geb.'),
    ...['ne le', 'né le', 'nee le', 'née le'].map(wordStart),
    ...containing('d.o.b', 'birth', 'geburts', 'geboren', 'naissance', 'nacimiento'),
    ...containing('nacido', 'nacida', 'nascita', 'nato il', 'nata il', 'geboortedatum'),
    ...containing('nascimento'),
  ],
};

const MONTHS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';

// Read once per day at most: a date object per match costs more than the rest of the check.
let yearNow = 0;
let yearCheckedAt = -Infinity;

// A year a living person was born in; anything else is a deadline, a release or a typo.
function isBirthYear(year: number): boolean {
  const now = Date.now();
  if (now - yearCheckedAt > 86_400_000) {
    yearNow = new Date(now).getFullYear();
    yearCheckedAt = now;
  }

  return year >= 1900 && year <= yearNow;
}

// The year of a matched date: its first number above 31, else its last number.
function findYear(value: string): number {
  let last = 0;
  let number = -1;
  for (let index = 0; index <= value.length; index += 1) {
    const digit = value.charCodeAt(index) - 48;
    if (digit >= 0 && digit <= 9) {
      number = (number < 0 ? 0 : number * 10) + digit;
      continue;
    }

    if (number > 31) return number;
    if (number >= 0) last = number;
    number = -1;
  }

  return last;
}

function isBirthDate(value: string, context: MatchContext): boolean {
  const year = findYear(value);
  const fullYear = year < 100 ? 1900 + year : year;
  if (!isBirthYear(fullYear)) return false;

  return hasRuleContext(context, BIRTH_CONTEXT);
}

export const rules: readonly Rule[] = [
  {
    id: 'pii-dob',
    category: 'pii',
    severity: 'medium',
    title: 'Date of birth',
    description: 'A date of birth, labelled as such; with a name it identifies a person.',
    keywords: [],
    context: BIRTH_CONTEXT,
    // Each alternative reads its first digit or its month name before looking behind it, so the
    // engine skips quickly over text that cannot start a date. No month name ends another, so
    // the look behind the month sees the character before the very name that matched.
    pattern: new RegExp(
      String.raw`(?:\d(?<![\d./-]\d)(?:\d?[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{3}-\d{2}-\d{2}|\d?\.? (?:${MONTHS})\.? \d{4})|(?:${MONTHS})(?<![\d./-](?:${MONTHS}))\.? \d{1,2},? \d{4})(?![\d/-]|\.\d)`,
      'dgi',
    ),
    validate: isBirthDate,
  },
];

export const examples: RuleExamples = {
  'pii-dob': {
    positive: [
      'DOB: 14/03/1987',
      'Geburtsdatum 03.11.1979',
      'born March 4, 1990',
      'née le 12/05/1968',
    ],
    negative: ['Due: 14/03/2099', 'released 14/03/1987', 'DOB: 31/12/1850'],
  },
};
