import { describe, expect, it } from 'vitest';

import { RULES } from '@/utils/detect/registry';
import { scan } from '@/utils/detect/scan';
import { FAKE_KEYS_BY_RULE, GITHUB_TOKEN_BAD_CHECKSUM } from '../../support/fake-keys';

describe('fake keys for tests', () => {
  it('has a fake value for every rule', () => {
    expect(Object.keys(FAKE_KEYS_BY_RULE).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it.each(Object.entries(FAKE_KEYS_BY_RULE))('is found by %s alone', (rule, text) => {
    expect(scan(text).map((finding) => finding.rule)).toEqual([rule]);
  });

  it('offers a GitHub token with a broken checksum that is not found', () => {
    expect(scan(GITHUB_TOKEN_BAD_CHECKSUM)).toEqual([]);
  });
});
