import { describe, expect, it } from 'vitest';

import { locateFindings } from '@/scripts/cli/locate';
import { formatSarif } from '@/scripts/cli/sarif';
import { scan } from '@/utils/detect/scan';
import { GITHUB_TOKEN } from '../../support/fake-keys';

describe('formatSarif', () => {
  it('writes SARIF 2.1.0 with the rule, level and region, and only the masked preview', () => {
    const text = `line one\nGH_TOKEN=${GITHUB_TOKEN}\n`;
    const log = JSON.parse(
      formatSarif([{ path: 'conf/app.env', findings: locateFindings(text, scan(text)) }]),
    ) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string; helpUri?: string }[] } };
        results: unknown[];
      }[];
    };
    const [run] = log.runs;

    expect(log.version).toBe('2.1.0');
    expect(run?.tool.driver.rules).toMatchObject([
      { id: 'github-token', helpUri: 'https://github.com/settings/tokens' },
    ]);
    expect(run?.results).toEqual([
      {
        ruleId: 'github-token',
        level: 'error',
        message: { text: 'GitHub token: ghp_…Bxe' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'conf/app.env' },
              region: { startLine: 2, startColumn: 10, charOffset: 18, charLength: 40 },
            },
          },
        ],
      },
    ]);
    expect(JSON.stringify(log)).not.toContain(GITHUB_TOKEN);
  });

  it('writes an empty run when nothing was found', () => {
    const log = JSON.parse(formatSarif([{ path: 'a.txt', findings: [] }])) as {
      runs: { results: unknown[] }[];
    };

    expect(log.runs[0]?.results).toEqual([]);
  });
});
