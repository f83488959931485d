import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { loadRuleExamples } from '@/eval/rule-examples';
import { findMatches } from '@/utils/detect/pattern-copies';
import { RULES } from '@/utils/detect/registry';

function spans(matches: Iterable<RegExpExecArray>): string[] {
  return [...matches].map((match) => `${match.index}:${match[0]}`);
}

describe('findMatches', () => {
  it('finds what matchAll finds, empty matches and astral characters included', () => {
    const patterns = [/a*/g, /a*/gu, /(?=b)|1/gu, /\d+|x?/g, /[😀b]?/gu];
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '1', '😀', ' '), maxLength: 12 });
    fc.assert(
      fc.property(fc.constantFrom(...patterns), text, (pattern, input) => {
        expect(spans(findMatches(pattern, input))).toEqual(spans(input.matchAll(pattern)));
      }),
    );
  });

  it("finds every rule's matches in its own examples as matchAll does", async () => {
    const texts = Object.values(await loadRuleExamples()).flatMap((example) => [
      ...example.positive,
      ...example.negative,
    ]);
    const text = texts.join('\n');
    for (const rule of RULES) {
      expect(spans(findMatches(rule.pattern, text))).toEqual(spans(text.matchAll(rule.pattern)));
    }
  });

  it('runs a pattern without the global flag, leaving the shared pattern alone', () => {
    const pattern = /ab/;

    expect(spans(findMatches(pattern, 'ab ab'))).toEqual(['0:ab', '3:ab']);
    expect(pattern.lastIndex).toBe(0);
  });

  it('lets two searches with the same pattern run interleaved', () => {
    const pattern = /\d/g;
    const first = findMatches(pattern, '12');
    const second = findMatches(pattern, '345');

    expect([first.next().value?.[0], second.next().value?.[0], first.next().value?.[0]]).toEqual([
      '1',
      '3',
      '2',
    ]);
  });
});
