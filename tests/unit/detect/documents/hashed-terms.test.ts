import { describe, expect, it } from 'vitest';

import {
  compileHashedTerms,
  hashTerm,
  termBucket,
  UNFILTERED_WORD_LIMIT,
} from '@/utils/detect/hashed-terms';
import { normalizeTerm, splitWords } from '@/utils/detect/words';

const SALT = 'f3a1c0de';

function configFor(terms: readonly string[], withBuckets = true) {
  const normal = terms.map(normalizeTerm);
  return {
    salt: SALT,
    hashes: normal.map((term) => hashTerm(SALT, term)),
    buckets: withBuckets ? normal.map((term) => termBucket(SALT, term)) : [],
    severity: 'high' as const,
  };
}

function findTerms(text: string, terms: readonly string[], withBuckets = true): string[] {
  const matcher = compileHashedTerms(configFor(terms, withBuckets));
  return (matcher?.find(text, splitWords(text)) ?? []).map((f) => text.slice(f.start, f.end));
}

describe('normalizeTerm', () => {
  it('applies NFKC, lower-cases and keeps single spaces between words', () => {
    expect(normalizeTerm('  ACME\tHoldings,  Ltd. ')).toBe('acme holdings ltd');
    expect(normalizeTerm('ＡＣＭＥ')).toBe('acme');
    expect(normalizeTerm('Müller-Lüdenscheidt')).toBe('müller lüdenscheidt');
  });
});

describe('hashed terms', () => {
  it('finds a one-word and a four-word term in any case and spacing', () => {
    const text = 'Call with ZENITH about the Northwind  Trading\nCompany Ltd renewal.';
    expect(findTerms(text, ['Zenith', 'Northwind Trading Company Ltd'])).toEqual([
      'ZENITH',
      'Northwind  Trading\nCompany Ltd',
    ]);
  });

  it('finds a term with accents and full-width letters', () => {
    expect(findTerms('Kunde: ＭÜLLER Bau', ['Müller Bau'])).toEqual(['ＭÜLLER Bau']);
  });

  it('finds terms without the bucket prefilter too', () => {
    expect(findTerms('meeting with zenith', ['Zenith'], false)).toEqual(['zenith']);
  });

  it('without the prefilter, checks only the first words of a long paste', () => {
    const filler = 'word '.repeat(UNFILTERED_WORD_LIMIT);
    expect(findTerms(`zenith ${filler}`, ['Zenith'], false)).toEqual(['zenith']);
    expect(findTerms(`${filler} zenith`, ['Zenith'], false)).toEqual([]);
    expect(findTerms(`${filler} zenith`, ['Zenith'])).toEqual(['zenith']);
  });

  it('does not find part of a word or a different salt', () => {
    expect(findTerms('zenithal angle', ['Zenith'])).toEqual([]);
    const matcher = compileHashedTerms({ ...configFor(['Zenith']), salt: 'other' });
    expect(matcher?.find('zenith', splitWords('zenith'))).toEqual([]);
  });

  it('reports a keyword finding with a masked preview', () => {
    const matcher = compileHashedTerms(configFor(['Northwind Trading']));
    const [finding] =
      matcher?.find('for Northwind Trading', splitWords('for Northwind Trading')) ?? [];
    expect(finding).toMatchObject({ rule: 'hashed-term', category: 'keyword', severity: 'high' });
    expect(finding?.preview).not.toContain('Northwind');
  });

  it('compiles to nothing when the policy has no hashes', () => {
    expect(compileHashedTerms({ salt: '', hashes: [], severity: 'high' })).toBeUndefined();
  });
});
