import type { AuditEvent } from './event';
import { EVENT_SCHEMA_VERSION } from './event';

export type ReportFormat = 'json' | 'splunk-hec';

/**
 * The body of one batch as the collector receives it. `json` is our own documented envelope;
 * `splunk-hec` is what Splunk's HTTP Event Collector takes on /services/collector/event:
 * one JSON object per event, concatenated, each with its epoch time.
 */
export function toRequestBody(events: readonly AuditEvent[], format: ReportFormat): string {
  if (format === 'json') {
    return JSON.stringify({
      schema: 'ai-paste-guard/events',
      version: EVENT_SCHEMA_VERSION,
      events,
    });
  }

  return events
    .map((event) =>
      JSON.stringify({
        time: Date.parse(event.time) / 1000,
        host: event.site,
        source: 'ai-paste-guard',
        sourcetype: 'ai-paste-guard:event',
        event,
      }),
    )
    .join('\n');
}
