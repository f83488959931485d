import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { RULES } from '@/utils/detect/registry';
import { matchRuleInLines } from '@/utils/detect/scan-context';
import { findRuleWork, matchRule, prepareRules } from '@/utils/detect/scan-rules';

const WITH_CONTEXT = RULES.filter((rule) => rule.context !== undefined);
const PREPARED = prepareRules(WITH_CONTEXT);

// Context words as people write them, and words that merely contain a keyword.
const WORDS = [
  'DOB',
  'dob:',
  'D.O.B.',
  'date of birth',
  'born',
  'geb.',
  'née le',
  'NINO',
  'nin',
  'NI No',
  'ninumber',
  'national insurance',
  'TIN',
  'IdNr',
  'tax id',
  'Steuer-ID',
  'BSN',
  'sofinummer',
  'Passport',
  'paspoort',
  'setting',
  'Tinder',
  'newborn',
  'dobby',
  'ninota',
  'subsn',
  'xgeb.',
  'passports',
];

const VALUES = [
  '14/03/1987',
  'March 4, 1990',
  '4 March 1990',
  'AB 12 34 56 C',
  'JG103759A',
  '86095742719',
  '65 929 970 489',
  '111222333',
  '1234.56.782',
  '533380006',
  'C01X00T47',
];

const SEPARATORS = [' ', ': ', ',', ', ', '\t', ' | ', '\n', '\n\n', '\n\n\n'];

// Runs of filler move words to either side of the validator's reach: 40 characters on the line,
// 240 in a header.
const length = fc.oneof(
  fc.integer({ min: 1, max: 250 }),
  fc.integer({ min: 26, max: 42 }),
  fc.integer({ min: 226, max: 242 }),
);
const filler = fc
  .tuple(fc.constantFrom('x', ' ', '.', 'ab '), length)
  .map(([unit, count]) => unit.repeat(count).slice(0, count));

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 3, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 1, arbitrary: filler },
);

function findInReach(text: string): string[] {
  const ranges = findRuleWork(PREPARED, text).contextRanges;
  return WITH_CONTEXT.flatMap((rule, index) =>
    [...matchRuleInLines(rule, text, ranges[index] ?? [])].map((f) => JSON.stringify(f)),
  );
}

function findEverywhere(text: string): string[] {
  return WITH_CONTEXT.flatMap((rule) => [...matchRule(rule, text)].map((f) => JSON.stringify(f)));
}

describe('rules with context words', () => {
  it('find in reach of their keywords exactly what they find in the whole text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(findInReach(text)).toEqual(findEverywhere(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('try a keyword inside a longer word only where a window would cut the word there', () => {
    const text = 'Getting started with the Tinder newborn ninja dobby: 86095742719 14/03/1987';
    const ranges = findRuleWork(PREPARED, text).contextRanges.flatMap((list) => list ?? []);

    expect(ranges.length).toBeGreaterThan(0);
    for (let index = 0; index < ranges.length; index += 2) {
      expect(ranges[index]).toBe(ranges[index + 1]);
    }

    expect(findInReach(text)).toEqual([]);
  });

  it('find a value written right after its word, where the word ends at the match', () => {
    const text = 'DOB14/03/1987 TIN86095742719';

    expect(findInReach(text)).toHaveLength(2);
    expect(findInReach(text)).toEqual(findEverywhere(text));
  });

  it('find what the validator finds where its window cuts a longer word at the keyword', () => {
    // textBefore starts 40 characters before the match, right at "dob" inside "xdob".
    const text = `xdob${' '.repeat(36)}14/03/1987`;

    expect(findInReach(text)).toEqual(findEverywhere(text));
  });

  it('find values in every row of a table whose header names them, however long', () => {
    const rows = Array.from({ length: 300 }, (_, row) => `row ${row};533380006`).join('\n');
    const text = `intro\n\nName;Passport\n${rows}\n\nName;Phone\nAda;533380006`;

    expect(findInReach(text)).toHaveLength(300);
    expect(findInReach(text)).toEqual(findEverywhere(text));
  });
});
