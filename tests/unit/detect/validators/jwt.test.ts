import { describe, expect, it } from 'vitest';

import { decodeBase64Url, isJwtStructure } from '@/utils/detect/validators/jwt';
import { JWT } from '../../../support/fake-keys';

describe('JWT structure', () => {
  it('decodes base64url with and without padding', () => {
    expect(decodeBase64Url('eyJhbGciOiJub25lIn0')).toBe('{"alg":"none"}');
    expect(decodeBase64Url('aGk')).toBe('hi');
    expect(decodeBase64Url('a+b/')).toBeUndefined();
  });

  it('accepts a token whose header is JSON with alg', () => {
    expect(isJwtStructure(JWT)).toBe(true);
  });

  it('accepts an unsigned token with an empty signature', () => {
    expect(isJwtStructure('eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.')).toBe(true);
  });

  it('rejects a header without alg', () => {
    expect(isJwtStructure('eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxIn0.c2ln')).toBe(false);
  });

  it('rejects parts that are not JSON', () => {
    expect(isJwtStructure('ZXhhbXBsZQ.ZXhhbXBsZQ.ZXhhbXBsZQ')).toBe(false);
    expect(isJwtStructure('a.b')).toBe(false);
  });
});
