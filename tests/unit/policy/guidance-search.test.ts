import { describe, expect, it } from 'vitest';

import { DEFAULT_GUIDANCE } from '@/utils/policy/default-guidance';
import { searchGuidance } from '@/utils/policy/guidance-search';

const ids = (query: string) => searchGuidance(DEFAULT_GUIDANCE, query).map((s) => s.id);

describe('searchGuidance', () => {
  it('shows every section for an empty query', () => {
    expect(ids('  ')).toHaveLength(DEFAULT_GUIDANCE.length);
  });

  it('finds the API key section first for "api key"', () => {
    expect(ids('api key')[0]).toBe('api-keys');
  });

  it('finds what must never be pasted for "customer data"', () => {
    expect(ids('customer data')[0]).toBe('never-paste');
  });

  it('matches word beginnings, so "encrypt" finds encryption', () => {
    expect(ids('encrypt')).toContain('encryption');
  });

  it('finds GDPR and HIPAA duties regardless of case', () => {
    expect(ids('HIPAA')).toEqual(['compliance']);
  });

  it('finds nothing for words no section holds', () => {
    expect(ids('quantum banana')).toEqual([]);
  });
});
