import type { AuditEvent } from './event';

const COLUMNS = [
  'id',
  'time',
  'site',
  'channel',
  'verdict',
  'choice',
  'reason',
  'severity',
  'rules',
  'categories',
  'unscannedFiles',
  'extensionVersion',
  'valueHashes',
] as const satisfies readonly (keyof AuditEvent)[];

function csvCell(value: string | number | readonly string[] | undefined): string {
  const text = Array.isArray(value) ? value.join(' ') : value === undefined ? '' : String(value);
  // Quote everything that could break a row, and defuse spreadsheet formulas in free text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The audit log as CSV with a header row, one event per line. */
export function toCsv(events: readonly AuditEvent[]): string {
  const rows = events.map((event) => COLUMNS.map((column) => csvCell(event[column])).join(','));
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export function toJson(events: readonly AuditEvent[]): string {
  return `${JSON.stringify({ schema: 'ai-paste-guard/audit-log', version: 1, events }, null, 2)}\n`;
}
