import { describe, expect, it } from 'vitest';

import type { MatchContext } from '@/utils/detect/types';
import { hasContextWord } from '@/utils/detect/validators/context';

const PASSPORT = /passport/i;
const PHONE = /phone/i;

function at(text: string, value: string, from = 0): MatchContext {
  const start = text.indexOf(value, from);
  return { text, start, end: start + value.length };
}

describe('context words', () => {
  it('count when written just before the value on its line', () => {
    const text = 'Passport: 533380006';

    expect(hasContextWord(at(text, '533380006'), PASSPORT)).toBe(true);
    expect(hasContextWord(at('Passport\n533380006', '533380006'), PASSPORT)).toBe(false);
  });

  it('count as the column name of the table the value sits in', () => {
    const text = 'Name,Passport\nAda,533380006\nAlan,C01X00T47';

    expect(hasContextWord(at(text, '533380006'), PASSPORT)).toBe(true);
    expect(hasContextWord(at(text, 'C01X00T47'), PASSPORT)).toBe(true);
  });

  it('need a delimited row: a sentence under a heading is not a table', () => {
    const text = 'Passport renewals\nplease bring 533380006 along';

    expect(hasContextWord(at(text, '533380006'), PASSPORT)).toBe(false);
  });

  it('read the header of each table, not of the one asked about before', () => {
    const text =
      'Name,Passport\nAda,533380006\n\nName,Phone\nAlan,533380007\n\nName,Id\nEve,533380008';

    expect(hasContextWord(at(text, '533380006'), PASSPORT)).toBe(true);
    expect(hasContextWord(at(text, '533380007'), PASSPORT)).toBe(false);
    expect(hasContextWord(at(text, '533380007'), PHONE)).toBe(true);
    expect(hasContextWord(at(text, '533380008'), PASSPORT)).toBe(false);
    expect(hasContextWord(at(text, '533380006'), PASSPORT)).toBe(true);
  });

  it('read the header of the text asked about, after another text of the same shape', () => {
    const first = 'Name,Passport\nAda,533380006';
    const second = 'Name,Customer\nAda,533380006';

    expect(hasContextWord(at(first, '533380006'), PASSPORT)).toBe(true);
    expect(hasContextWord(at(second, '533380006'), PASSPORT)).toBe(false);
  });

  it('do not count a header that is the row itself', () => {
    const text = 'Passport,533380006';

    expect(hasContextWord(at(text, '533380006'), PASSPORT, 4)).toBe(false);
  });
});
