import type { MatchContext, Rule, RuleExamples } from '../types';
import { hasContextWord } from '../validators/context';

const BIRTH_WORDS =
  /(?:\bdob\b|d\.o\.b|date of birth|birth ?date|birthday|\bborn\b|geburtsdatum|geburtstag|\bgeb\.|geboren|date de naissance|\bn[ée]e? le|fecha de nacimiento|nacid[oa]|data di nascita|nat[oa] il|geboortedatum|data de nascimento)/i;

// Every match of BIRTH_WORDS contains one of these, so a text without them has no birth date.
const BIRTH_KEYWORDS = [
  'dob',
  'd.o.b',
  'birth',
  'born',
  'geburts',
  'geb.',
  'geboren',
  'naissance',
  'ne le',
  'né le',
  'nee le',
  'née le',
  'nacimiento',
  'nacido',
  'nacida',
  'nascita',
  'nato il',
  'nata il',
  'geboortedatum',
  'nascimento',
];

const MONTHS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';

// A year a living person was born in; anything else is a deadline, a release or a typo.
function isBirthYear(year: number): boolean {
  return year >= 1900 && year <= new Date().getFullYear();
}

function isBirthDate(value: string, context: MatchContext): boolean {
  const numbers = value.match(/\d+/g)?.map(Number) ?? [];
  const year = numbers.find((number) => number > 31) ?? numbers.at(-1) ?? 0;
  const fullYear = year < 100 ? 1900 + year : year;
  if (!isBirthYear(fullYear)) return false;

  return hasContextWord(context, BIRTH_WORDS, 40);
}

export const rules: readonly Rule[] = [
  {
    id: 'pii-dob',
    category: 'pii',
    severity: 'medium',
    title: 'Date of birth',
    description: 'A date of birth, labelled as such; with a name it identifies a person.',
    keywords: [],
    contextKeywords: BIRTH_KEYWORDS,
    pattern: new RegExp(
      String.raw`(?<![\d./-])(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}\.? (?:${MONTHS})\.? \d{4}|(?:${MONTHS})\.? \d{1,2},? \d{4})(?![\d/-]|\.\d)`,
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
