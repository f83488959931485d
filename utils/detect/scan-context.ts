import { findMatches, toStickyCopy } from './pattern-copies';
import { toFinding } from './scan-rules';
import type { Finding, Rule } from './types';

// The `[from, to]` pairs sorted by `from`, overlapping or touching ones joined. A range of one
// position (a keyword inside a longer word, see findContextReach) is dropped when no match can
// start there: one anchored attempt instead of reading the line.
function mergeRanges(pattern: RegExp, text: string, ranges: readonly number[]): number[] {
  const sticky = toStickyCopy(pattern);
  const pairs: [number, number][] = [];
  for (let index = 0; index + 1 < ranges.length; index += 2) {
    const from = ranges[index] ?? 0;
    const to = ranges[index + 1] ?? 0;
    sticky.lastIndex = from;
    if (from < to || sticky.test(text)) pairs.push([from, to]);
  }

  pairs.sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [from, to] of pairs) {
    const last = merged.length - 1;
    if (merged.length > 0 && from <= (merged[last] ?? 0) + 1) {
      merged[last] = Math.max(merged[last] ?? 0, to);
    } else {
      merged.push(from, to);
    }
  }

  return merged;
}

function findLineEnd(text: string, position: number): number {
  const end = text.indexOf('\n', position);
  return end === -1 ? text.length : end;
}

/**
 * The findings of a rule with context words (Rule.context) whose match starts in one of `ranges`
 * (`[from, to]` pairs, both included). The pattern reads each line that holds a range from the
 * line's start: it cannot match a line break, so on that line it matches exactly as it would
 * over the whole text, and no finding its validator could accept is lost.
 */
export function* matchRuleInLines(
  rule: Rule,
  text: string,
  ranges: readonly number[],
): Generator<Finding> {
  const merged = mergeRanges(rule.pattern, text, ranges);
  let index = 0;
  while (index < merged.length) {
    // One read per run of ranges on the same lines; the previous run ended at a line break, so
    // looking back for this line's start never reads a character twice.
    const first = merged[index] ?? 0;
    const lineStart = first === 0 ? 0 : text.lastIndexOf('\n', first - 1) + 1;
    let last = merged[index + 1] ?? 0;
    let lineEnd = findLineEnd(text, last);
    let runEnd = index + 2;
    while (runEnd < merged.length && (merged[runEnd] ?? 0) <= lineEnd) {
      last = Math.max(last, merged[runEnd + 1] ?? 0);
      if (last > lineEnd) lineEnd = findLineEnd(text, last);
      runEnd += 2;
    }

    const lines = text.slice(lineStart, lineEnd);
    for (const match of findMatches(rule.pattern, lines)) {
      const start = lineStart + match.index;
      if (start > last) break;

      while (index < runEnd && start > (merged[index + 1] ?? 0)) index += 2;
      if (start < (merged[index] ?? 0)) continue;

      const finding = toFinding(rule, text, match, lineStart);
      if (finding) yield finding;
    }

    index = runEnd;
  }
}
