import { describe, expect, it } from 'vitest';

import {
  computeCrc32,
  computeGithubChecksum,
  encodeBase62,
  hasValidGithubChecksum,
} from '@/utils/detect/validators/crc32';
import { GITHUB_TOKEN } from '../../../support/fake-keys';

describe('CRC-32 and the GitHub token checksum', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(computeCrc32('123456789')).toBe(0xcbf43926);
    expect(computeCrc32('')).toBe(0);
  });

  it('encodes base62 with 0-9A-Za-z, left-padded', () => {
    expect(encodeBase62(0, 6)).toBe('000000');
    expect(encodeBase62(61, 2)).toBe('0z');
    expect(encodeBase62(62, 1)).toBe('10');
  });

  it('computes the checksum GitHub appends to a token', () => {
    expect(computeGithubChecksum('AbCdEfGhIjKlMnOpQrStUvWxYz0123')).toBe('2piBxe');
  });

  it('accepts a token whose checksum is valid', () => {
    expect(hasValidGithubChecksum(GITHUB_TOKEN)).toBe(true);
  });

  it('rejects a token with any single character changed', () => {
    for (let i = 4; i < GITHUB_TOKEN.length; i++) {
      const changed = GITHUB_TOKEN.slice(0, i) + (GITHUB_TOKEN[i] === 'x' ? 'y' : 'x');
      expect(hasValidGithubChecksum(changed + GITHUB_TOKEN.slice(i + 1))).toBe(false);
    }
  });

  it('rejects a token of the wrong length', () => {
    expect(hasValidGithubChecksum(GITHUB_TOKEN.slice(0, -1))).toBe(false);
  });
});
