import type { Finding } from './types';

/** Lines (and distinct values) of personal data from which a text counts as a list of people. */
export const BULK_MIN_ROWS = 10;

// What makes a row a person's record; IP addresses and dates alone are too common in logs.
const PERSONAL_RULES = new Set(['pii-email', 'pii-phone', 'pii-ssn', 'pii-dob', 'pii-card']);

function lineNumbers(text: string, findings: readonly Finding[]): number[] {
  const numbers: number[] = [];
  let line = 0;
  let position = 0;
  for (const finding of findings) {
    // Findings come sorted by start, so the line count only ever moves forward.
    for (let next = text.indexOf('\n', position); next !== -1 && next < finding.start;) {
      line += 1;
      position = next + 1;
      next = text.indexOf('\n', position);
    }

    numbers.push(line);
  }

  return numbers;
}

/**
 * One e-mail address in a chat is everyday (low); a table of customers is a data breach. When
 * BULK_MIN_ROWS or more lines hold personal data, or two or more lines hold card numbers, every
 * personal-data finding in the text becomes high and says it is part of a list. We raise the
 * findings instead of adding one finding over the whole table, so "Redact and paste" still
 * replaces just the values and leaves the rest of the table readable.
 */
export function markBulkPersonalData(text: string, findings: readonly Finding[]): Finding[] {
  const personal = findings.filter((finding) => PERSONAL_RULES.has(finding.rule));
  if (personal.length < 2) return [...findings];

  const lines = lineNumbers(text, personal);
  // Distinct values on distinct lines: a changelog signed by the same maintainer fifty times is
  // one person, not fifty.
  const values = new Set(personal.map((f) => text.slice(f.start, f.end).toLowerCase()));
  const rows = new Set(lines);
  const cardRows = new Set(lines.filter((_, index) => personal[index]?.rule === 'pii-card'));
  const isList = rows.size >= BULK_MIN_ROWS && values.size >= BULK_MIN_ROWS;
  if (!isList && cardRows.size < 2) return [...findings];

  const note = `part of a list of ${rows.size} people's records`;
  return findings.map((finding) =>
    finding.category === 'pii'
      ? { ...finding, severity: 'high', title: `${finding.title} (${note})` }
      : finding,
  );
}
