import { describe, expect, it } from 'vitest';

import { toRequestBody } from '@/utils/audit/envelope';
import { toCsv, toJson } from '@/utils/audit/export';

import { makeEvent } from './helpers';

describe('audit export', () => {
  it('writes one CSV row per event under a header', () => {
    const event = makeEvent('2026-12-04T10:00:00Z');
    const lines = toCsv([event]).trimEnd().split('\r\n');

    expect(lines[0]).toBe(
      'id,time,site,channel,verdict,choice,reason,severity,rules,categories,unscannedFiles,extensionVersion,valueHashes',
    );
    expect(lines[1]).toBe(
      `${event.id},2026-12-04T10:00:00.000Z,chatgpt.com,paste,warn,redact,,high,github-token,secret,0,0.1.0,`,
    );
  });

  it('quotes reasons with commas and quotes, and defuses spreadsheet formulas', () => {
    const quoted = makeEvent('2026-12-04T10:00:00Z', { reason: 'needed it, "really"' });
    const formula = makeEvent('2026-12-04T10:00:00Z', { reason: '=HYPERLINK("x")' });
    const csv = toCsv([quoted, formula]);

    expect(csv).toContain(',"needed it, ""really""",');
    expect(csv).toContain(`,"'=HYPERLINK(""x"")",`);
  });

  it('exports JSON with its schema name and version', () => {
    const events = [makeEvent('2026-12-04T10:00:00Z')];

    expect(JSON.parse(toJson(events))).toEqual({
      schema: 'ai-paste-guard/audit-log',
      version: 1,
      events,
    });
  });
});

describe('collector envelopes', () => {
  const events = [makeEvent('2026-12-04T10:00:00Z'), makeEvent('2026-12-04T10:00:01Z')];

  it('sends our documented JSON batch', () => {
    expect(JSON.parse(toRequestBody(events, 'json'))).toEqual({
      schema: 'ai-paste-guard/events',
      version: 1,
      events,
    });
  });

  it("sends Splunk HEC's format: one object per event with epoch seconds", () => {
    const objects = toRequestBody(events, 'splunk-hec')
      .split('\n')
      .map((line) => JSON.parse(line) as { time: number; event: unknown; sourcetype: string });

    expect(objects).toHaveLength(2);
    expect(objects[0]).toMatchObject({ time: 1796378400, sourcetype: 'ai-paste-guard:event' });
    expect(objects[1]?.event).toEqual(events[1]);
  });
});
