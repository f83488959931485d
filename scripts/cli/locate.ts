import type { Finding } from '../../utils/detect/types';

/** What the CLI reports for one finding: the scan's fields plus a 1-based line and column. */
export interface LocatedFinding {
  readonly rule: string;
  readonly category: Finding['category'];
  readonly severity: Finding['severity'];
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly preview: string;
}

export interface FileReport {
  readonly path: string;
  readonly findings: readonly LocatedFinding[];
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    starts.push(i + 1);
  }

  return starts;
}

// Index of the last line that starts at or before `offset`.
function findLineIndex(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }

  return low;
}

/** Adds line and column (1-based, in UTF-16 code units like the offsets) to each finding. */
export function locateFindings(text: string, findings: readonly Finding[]): LocatedFinding[] {
  const lineStarts = findLineStarts(text);
  return findings.map((finding) => {
    const lineIndex = findLineIndex(lineStarts, finding.start);
    return {
      rule: finding.rule,
      category: finding.category,
      severity: finding.severity,
      start: finding.start,
      end: finding.end,
      line: lineIndex + 1,
      column: finding.start - (lineStarts[lineIndex] ?? 0) + 1,
      preview: finding.preview,
    };
  });
}
