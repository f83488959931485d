import { describe, expect, it } from 'vitest';

import { redact } from '@/utils/detect/redact';
import { scan } from '@/utils/detect/scan';
import type { Finding } from '@/utils/detect/types';
import { AWS_ACCESS_KEY_ID, GITHUB_TOKEN } from '../../support/fake-keys';

function makeFinding(rule: string, start: number, end: number): Finding {
  return { rule, category: 'secret', severity: 'high', title: rule, start, end, preview: '…' };
}

describe('redact', () => {
  it('replaces each finding with a placeholder naming its rule', () => {
    const text = `gh ${GITHUB_TOKEN} aws ${AWS_ACCESS_KEY_ID}.`;

    expect(redact(text, scan(text))).toBe(
      'gh [REDACTED:github-token] aws [REDACTED:aws-access-key-id].',
    );
  });

  it('keeps the label of a password and replaces only its value', () => {
    const text = 'password: Hunter2024!\nnext line';

    expect(redact(text, scan(text))).toBe('password: [REDACTED:password-assignment]\nnext line');
  });

  it('returns the text unchanged when there are no findings', () => {
    expect(redact('nothing here', [])).toBe('nothing here');
  });

  it('merges overlapping spans into one placeholder', () => {
    const findings = [makeFinding('b', 4, 10), makeFinding('a', 2, 6)];

    expect(redact('0123456789AB', findings)).toBe('01[REDACTED:a]AB');
  });

  it('keeps touching but separate spans apart', () => {
    const findings = [makeFinding('a', 0, 2), makeFinding('b', 2, 4)];

    expect(redact('abcdef', findings)).toBe('[REDACTED:a][REDACTED:b]ef');
  });

  it('ignores spans outside the text', () => {
    expect(redact('abc', [makeFinding('a', 5, 9)])).toBe('abc');
    expect(redact('abc', [makeFinding('a', 1, 9)])).toBe('a[REDACTED:a]');
  });
});
