import { describe, expect, it } from 'vitest';

import { JWT } from '../../../support/fake-keys';
import { findRuleIds, findValues } from '../scan-helpers';

describe('jwt', () => {
  it('finds a signed token after Bearer', () => {
    expect(findValues(`Authorization: Bearer ${JWT}`, 'jwt')).toEqual([JWT]);
  });

  it('ignores a Bearer placeholder', () => {
    expect(findRuleIds("curl -H 'Authorization: Bearer <YOUR_TOKEN>'")).toEqual([]);
  });

  it('ignores three dotted base64 parts whose header has no alg', () => {
    expect(findRuleIds('eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl')).toEqual([]);
  });
});
