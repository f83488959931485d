import { describe, expect, it } from 'vitest';

import { createRandom } from '@/bench/corpus';
import { quantile } from '@/bench/timing';

describe('bench helpers', () => {
  it('takes the nearest-rank quantile', () => {
    const samples = [5, 1, 4, 2, 3];

    expect(quantile(samples, 0.5)).toBe(3);
    expect(quantile(samples, 0.99)).toBe(5);
    expect(quantile([], 0.5)).toBe(0);
  });

  it('repeats the same random sequence for the same seed', () => {
    const first = createRandom(7);
    const second = createRandom(7);

    expect([first(), first(), first()]).toEqual([second(), second(), second()]);
  });
});
