import { findRule } from '../../utils/detect/registry';
import type { Severity } from '../../utils/detect/types';
import type { FileReport, LocatedFinding } from './locate';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVELS: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  high: 'error',
  medium: 'warning',
  low: 'note',
};

function describeRule(id: string) {
  const rule = findRule(id);
  if (!rule) return { id, name: id };

  return {
    id,
    name: rule.title,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    ...(rule.rotationUrl === undefined ? {} : { helpUri: rule.rotationUrl }),
    defaultConfiguration: { level: LEVELS[rule.severity] },
    properties: { category: rule.category },
  };
}

function toUri(path: string): string {
  return path === '-' ? 'stdin' : encodeURI(path.replace(/\\/g, '/'));
}

function toResult(path: string, finding: LocatedFinding) {
  return {
    ruleId: finding.rule,
    level: LEVELS[finding.severity],
    // The masked preview only: a SARIF file is uploaded and kept, the value must not be in it.
    message: { text: `${findRule(finding.rule)?.title ?? finding.rule}: ${finding.preview}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(path) },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            charOffset: finding.start,
            charLength: finding.end - finding.start,
          },
        },
      },
    ],
  };
}

/** One SARIF 2.1.0 log with one run; rules listed are those that found something. */
export function formatSarif(reports: readonly FileReport[]): string {
  const ruleIds = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.rule)))].sort();
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ai-paste-guard',
            rules: ruleIds.map(describeRule),
          },
        },
        results: reports.flatMap((report) =>
          report.findings.map((finding) => toResult(report.path, finding)),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
