import { z } from 'zod';

import { categorySchema, severitySchema } from '../detect/types';
import { channelSchema, choiceSchema } from '../guard/verdict';
import { actionSchema } from '../policy/schema';

/**
 * One decision on a monitored site, as the audit log keeps it and the collector receives it.
 * It holds kinds and counts, never the pasted text, a matched value or its masked preview.
 * Documented in docs/reporting.md; bump `EVENT_SCHEMA_VERSION` on any incompatible change.
 */
export const EVENT_SCHEMA_VERSION = 1;

export const auditEventSchema = z.object({
  id: z.uuid(),
  time: z.iso.datetime(),
  site: z.string(),
  channel: channelSchema,
  verdict: actionSchema,
  choice: choiceSchema,
  reason: z.string().optional(),
  severity: severitySchema,
  rules: z.array(z.string()),
  categories: z.array(categorySchema),
  unscannedFiles: z.number().int().min(0),
  extensionVersion: z.string(),
  /** Keyed hashes of the matched values, when the policy sets `audit.hashKey`. */
  valueHashes: z.array(z.string()).optional(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

const SEVERITY_RANK = { low: 0, medium: 1, high: 2 } as const;

export interface DecisionFacts {
  readonly channel: AuditEvent['channel'];
  readonly verdict: AuditEvent['verdict'];
  readonly choice: AuditEvent['choice'];
  readonly reason?: string;
  readonly findings: readonly {
    readonly rule: string;
    readonly category: AuditEvent['categories'][number];
    readonly severity: AuditEvent['severity'];
  }[];
  readonly unscannedFiles: number;
  readonly valueHashes?: readonly string[];
}

/** Builds the event for a decision; `site` comes from the browser, not from the page. */
export function createAuditEvent(
  facts: DecisionFacts,
  context: { readonly site: string; readonly extensionVersion: string; readonly now: Date },
): AuditEvent {
  const severities = facts.findings.map((finding) => finding.severity);
  const severity = severities.reduce<AuditEvent['severity']>(
    (highest, next) => (SEVERITY_RANK[next] > SEVERITY_RANK[highest] ? next : highest),
    'low',
  );

  return {
    id: crypto.randomUUID(),
    time: context.now.toISOString(),
    site: context.site,
    channel: facts.channel,
    verdict: facts.verdict,
    choice: facts.choice,
    ...(facts.reason ? { reason: facts.reason } : {}),
    severity: facts.unscannedFiles > 0 && severities.length === 0 ? 'medium' : severity,
    rules: [...new Set(facts.findings.map((finding) => finding.rule))],
    categories: [...new Set(facts.findings.map((finding) => finding.category))],
    unscannedFiles: facts.unscannedFiles,
    extensionVersion: context.extensionVersion,
    ...(facts.valueHashes?.length ? { valueHashes: [...facts.valueHashes] } : {}),
  };
}
