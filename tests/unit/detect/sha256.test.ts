import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';

import { sha256Hex } from '@/utils/detect/sha256';

function nodeSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it.each([0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000])(
    'agrees with node:crypto on a %i-character message',
    (length) => {
      const text = Array.from({ length }, (_, index) =>
        String.fromCharCode(97 + (index % 26)),
      ).join('');
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    },
  );

  it('hashes the UTF-8 bytes of non-ASCII text', () => {
    for (const text of ['Müller GmbH', 'société générale', '株式会社', '🙂 emoji']) {
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    }
  });
});
