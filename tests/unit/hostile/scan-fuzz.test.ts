import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { redact } from '@/utils/detect/redact';
import { scan } from '@/utils/detect/scan';

// Pieces that wake up rules (prefixes, context words, armour) mixed with the characters keys
// are made of, separators and invisible characters: hostile text is built from these.
const PIECES = [
  'sk-',
  'sk-proj-',
  'sk-ant-api03-',
  'ghp_',
  'github_pat_',
  'AKIA',
  'xoxb-',
  'sk_live_',
  'AIza',
  'eyJ',
  '.',
  '-----BEGIN PRIVATE KEY-----',
  '-----END PRIVATE KEY-----',
  'password',
  ': ',
  '=',
  'is ',
  '"',
  "'",
  ' + ',
  '\n',
  '\\n',
  ' ',
  '\u200b',
  '\u00ad',
  '%2F',
  '==',
  'T3BlbkFJ',
  '@',
  'postgres://',
  'user:pass@',
  'DE89',
  'CONFIDENTIAL',
  '//',
  'Bearer ',
];
const KEY_CHARS = Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=');

const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ unit: fc.constantFrom(...KEY_CHARS), minLength: 1, maxLength: 60 }),
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

function hasRunOf(haystack: string, needle: string, length: number): boolean {
  for (let start = 0; start + length <= needle.length; start += 1) {
    if (haystack.includes(needle.slice(start, start + length))) return true;
  }

  return false;
}

describe('scan on hostile text', () => {
  it('returns sorted, non-overlapping findings inside the text, whatever the input', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const findings = scan(text);
        let previousEnd = 0;
        for (const finding of findings) {
          expect(finding.start).toBeGreaterThanOrEqual(previousEnd);
          expect(finding.end).toBeGreaterThan(finding.start);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          previousEnd = finding.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never shows 8 characters of a matched value in its preview', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const finding of scan(text)) {
          const value = text.slice(finding.start, finding.end);
          expect(hasRunOf(finding.preview, value, 8)).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('redacts exactly the findings and leaves every other character in place', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const findings = scan(text);
        const redacted = redact(text, findings);
        let rebuilt = '';
        let cursor = 0;
        for (const finding of findings) {
          rebuilt += `${text.slice(cursor, finding.start)}[REDACTED:${finding.rule}]`;
          cursor = finding.end;
        }

        expect(redacted).toBe(rebuilt + text.slice(cursor));
      }),
      { numRuns: 300 },
    );
  });
});
