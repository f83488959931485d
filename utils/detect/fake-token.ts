// Alphabets of the token formats, named as the rule files use them.
const ALPHABETS = {
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  lower: 'abcdefghijklmnopqrstuvwxyz0123456789',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  letters: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  hex: '0123456789abcdef',
  base32: 'abcdefghijklmnopqrstuvwxyz234567',
  bech32: 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
} as const;

export type FakeAlphabet = keyof typeof ALPHABETS;

// FNV-1a, so the same seed always gives the same fake on every machine.
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
  }

  return hash >>> 0;
}

/**
 * A deterministic random-looking string for examples and tests. Built at run time rather than
 * written out, so this repository carries no token-shaped literals for other scanners to flag.
 */
export function fakeToken(seed: string, length: number, alphabet: FakeAlphabet = 'alnum'): string {
  const chars = ALPHABETS[alphabet];
  let state = hashSeed(seed) || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    // xorshift32: plenty for filler that only has to look random.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out += chars.charAt((state >>> 0) % chars.length);
  }

  return out;
}

/** A fake UUID (version 4 layout) from `seed`. */
export function fakeUuid(seed: string): string {
  const hex = fakeToken(seed, 32, 'hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}
