import { describe, expect, it } from 'vitest';

import { RULES } from '@/utils/detect/registry';
import { scan } from '@/utils/detect/scan';
import { FAKE_KEYS_BY_RULE, GITHUB_TOKEN_BAD_CHECKSUM } from '../../support/fake-keys';

describe('fake keys for tests', () => {
  // Every rule has examples (registry.test.ts); the fakes here are the ones other tests reuse.
  it('names only registered rules', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    expect(Object.keys(FAKE_KEYS_BY_RULE).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(Object.entries(FAKE_KEYS_BY_RULE))('is found by %s alone', (rule, text) => {
    expect(scan(text).map((finding) => finding.rule)).toEqual([rule]);
  });

  it('offers a GitHub token with a broken checksum that is not found', () => {
    expect(scan(GITHUB_TOKEN_BAD_CHECKSUM)).toEqual([]);
  });
});
