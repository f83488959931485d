import { describe, expect, it } from 'vitest';

import { formatJson, formatText } from '@/scripts/cli/format';
import { locateFindings } from '@/scripts/cli/locate';
import type { FileReport } from '@/scripts/cli/locate';
import type { Finding } from '@/utils/detect/types';

function makeFinding(start: number, end: number): Finding {
  return {
    rule: 'github-token',
    category: 'secret',
    severity: 'high',
    title: 'GitHub token',
    start,
    end,
    preview: 'ghp_…Bxe',
  };
}

const REPORT: FileReport = {
  path: 'notes.txt',
  findings: [
    {
      rule: 'github-token',
      category: 'secret',
      severity: 'high',
      start: 12,
      end: 52,
      line: 2,
      column: 6,
      preview: 'ghp_…Bxe',
    },
  ],
};

describe('locateFindings', () => {
  it('gives 1-based line and column', () => {
    const text = 'first\nsecond ghp\nthird';
    const [onFirst, onSecond, onThird] = locateFindings(text, [
      makeFinding(0, 1),
      makeFinding(13, 16),
      makeFinding(17, 18),
    ]);

    expect([onFirst?.line, onFirst?.column]).toEqual([1, 1]);
    expect([onSecond?.line, onSecond?.column]).toEqual([2, 8]);
    expect([onThird?.line, onThird?.column]).toEqual([3, 1]);
  });

  it('counts a finding right after a newline on the next line', () => {
    expect(locateFindings('a\r\nb', [makeFinding(3, 4)])[0]).toMatchObject({ line: 2, column: 1 });
  });

  it('drops the title and keeps only what the report shows', () => {
    expect(Object.keys(locateFindings('x', [makeFinding(0, 1)])[0] ?? {})).toEqual([
      'rule',
      'category',
      'severity',
      'start',
      'end',
      'line',
      'column',
      'preview',
    ]);
  });
});

describe('formatJson', () => {
  it('writes the files and findings in a fixed shape', () => {
    expect(formatJson([REPORT, { path: '-', findings: [] }])).toBe(
      '{"files":[{"path":"notes.txt","findings":[{"rule":"github-token","category":"secret",' +
        '"severity":"high","start":12,"end":52,"line":2,"column":6,"preview":"ghp_…Bxe"}]},' +
        '{"path":"-","findings":[]}]}\n',
    );
  });
});

describe('formatText', () => {
  it('writes one line per finding and a summary', () => {
    expect(formatText([REPORT, { path: 'b.txt', findings: [] }])).toBe(
      'notes.txt:2:6  github-token  high  ghp_…Bxe\n1 finding in 1 of 2 files.\n',
    );
  });

  it('says so when nothing was found', () => {
    expect(formatText([{ path: '-', findings: [] }])).toBe('No findings in 1 file.\n');
  });
});
