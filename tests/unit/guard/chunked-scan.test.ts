import { describe, expect, it } from 'vitest';

import { scanInSlices } from '@/utils/guard/chunked-scan';
import { DEFAULT_POLICY } from '@/utils/policy/default-policy';
import { scanWithPolicy } from '@/utils/policy/scan-with-policy';

const TOKEN = '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';
const SLICE = 64 * 1024;

/** Filler text of `length` characters, ending with a line break. */
function filler(length: number): string {
  const line = 'nothing to see in this line of an ordinary log file\n';
  return `${line.repeat(Math.ceil(length / line.length)).slice(0, length - 1)}\n`;
}

describe('scanInSlices', () => {
  it('finds what one whole scan finds, at the same offsets, across 2 MB', async () => {
    const text = [
      filler(300_000),
      `a ${TOKEN} b`,
      filler(900_000),
      `x=${TOKEN}`,
      filler(800_000),
    ].join('\n');

    const sliced = await scanInSlices(text, DEFAULT_POLICY);

    expect(sliced).toEqual(scanWithPolicy(text, DEFAULT_POLICY));
    expect(sliced.map((finding) => finding.rule)).toEqual(['github-token', 'github-token']);
  });

  it('finds a token that straddles the border between two slices exactly once', async () => {
    const text = `${filler(SLICE - 20)}${TOKEN}\n${filler(SLICE)}`;

    const findings = await scanInSlices(text, DEFAULT_POLICY);

    expect(findings).toHaveLength(1);
    expect(text.slice(findings[0]?.start, findings[0]?.end)).toBe(TOKEN);
  });

  it('finds a token in the very last characters of the text', async () => {
    const text = `${filler(3 * SLICE + 123)}${TOKEN}`;

    const findings = await scanInSlices(text, DEFAULT_POLICY);

    expect(findings.map((finding) => finding.end)).toEqual([text.length]);
  });
});
