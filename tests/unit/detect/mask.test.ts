import { describe, expect, it } from 'vitest';

import { maskValue } from '@/utils/detect/mask';
import { GITHUB_TOKEN } from '../../support/fake-keys';

function hasRunOf(value: string, mask: string, length: number): boolean {
  for (let i = 0; i + length <= value.length; i++) {
    if (mask.includes(value.slice(i, i + length))) return true;
  }

  return false;
}

describe('maskValue', () => {
  it('shows the first four and last three characters of a GitHub token', () => {
    expect(maskValue(GITHUB_TOKEN)).toBe('ghp_…Bxe');
  });

  it('reveals almost nothing of short values', () => {
    expect(maskValue('abc')).toBe('…');
    expect(maskValue('abcdefg')).toBe('a…');
    expect(maskValue('Hunter2024!')).toBe('Hu…!');
  });

  it('never lets an 8-character run of the value survive, whatever its length', () => {
    const value = 'Zq8Wm3Nx7Lp2Kd9Rv4Ty6Hb1Gf5Cs0EjQ1wE2rT3yU4iO5pA6sD7fG8hJ9kL0z'.repeat(3);
    for (let length = 0; length <= value.length; length++) {
      const part = value.slice(0, length);
      expect(hasRunOf(part, maskValue(part), 8)).toBe(false);
    }
  });

  it('does not split a character outside the Basic Multilingual Plane', () => {
    expect(maskValue('🔑🔑🔑🔑🔑🔑🔑🔑')).toBe('🔑🔑…🔑');
  });
});
