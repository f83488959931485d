import { describe, expect, it } from 'vitest';

import { computeEntropy, countCharacterClasses } from '@/utils/detect/validators/entropy';

describe('Shannon entropy', () => {
  it('is zero for empty and single-symbol strings', () => {
    expect(computeEntropy('')).toBe(0);
    expect(computeEntropy('aaaaaaaa')).toBe(0);
  });

  it('is log2 of the alphabet for evenly spread symbols', () => {
    expect(computeEntropy('abcd')).toBeCloseTo(2);
    expect(computeEntropy('0123456789abcdef')).toBeCloseTo(4);
  });

  it('counts a character outside ASCII once per code point', () => {
    expect(computeEntropy('😀😀ab')).toBeCloseTo(1.5);
    expect(computeEntropy('ééab')).toBe(computeEntropy('xxab'));
  });

  it('is higher for a random key than for an English identifier', () => {
    expect(computeEntropy('Zq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1')).toBeGreaterThan(
      computeEntropy('handleUserTokenRefresh'),
    );
  });

  it('counts lower case, upper case, digits and symbols', () => {
    expect(countCharacterClasses('abc')).toBe(1);
    expect(countCharacterClasses('aB3')).toBe(3);
    expect(countCharacterClasses('aB3!')).toBe(4);
  });
});
