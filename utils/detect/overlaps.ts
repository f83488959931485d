import type { Finding } from './types';

// Index of the first kept finding that ends after `start`; kept findings never overlap, so
// sorted by start they are sorted by end as well.
function findFirstEndingAfter(kept: readonly Finding[], start: number): number {
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((kept[middle]?.end ?? 0) <= start) low = middle + 1;
    else high = middle;
  }

  return low;
}

/**
 * Keeps findings in the order given (best first), dropping each that overlaps one already
 * kept; returns them sorted by start. Binary search keeps thousands of findings fast.
 */
export function selectNonOverlapping(ranked: Iterable<Finding>): Finding[] {
  const kept: Finding[] = [];
  for (const finding of ranked) {
    const index = findFirstEndingAfter(kept, finding.start);
    const next = kept[index];
    if (next && next.start < finding.end) continue;

    kept.splice(index, 0, finding);
  }

  return kept;
}
