import type { FileReport } from './locate';

/** One JSON document for all files, keys in a fixed order so the output can be compared. */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((report) => ({
    path: report.path,
    findings: report.findings.map((finding) => ({
      rule: finding.rule,
      category: finding.category,
      severity: finding.severity,
      start: finding.start,
      end: finding.end,
      line: finding.line,
      column: finding.column,
      preview: finding.preview,
    })),
  }));
  return `${JSON.stringify({ files })}\n`;
}

function pluralize(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** One line per finding (`path:line:column  rule  severity  preview`) and a summary line. */
export function formatText(reports: readonly FileReport[]): string {
  const lines = reports.flatMap((report) =>
    report.findings.map(
      (finding) =>
        `${report.path}:${finding.line}:${finding.column}  ${finding.rule}  ${finding.severity}  ${finding.preview}`,
    ),
  );
  const total = lines.length;
  const filesWithFindings = reports.filter((report) => report.findings.length > 0).length;
  const scanned = pluralize(reports.length, 'file');
  lines.push(
    total === 0
      ? `No findings in ${scanned}.`
      : `${pluralize(total, 'finding')} in ${filesWithFindings} of ${scanned}.`,
  );
  return `${lines.join('\n')}\n`;
}
