import type { DecisionRecord } from '../messages';
import type { Decision, WarningRequest } from './verdict';

/** The audit record of one decision: the kinds of finding, never their text or preview. */
export function toDecisionRecord(
  request: WarningRequest,
  decision: Decision,
  valueHashes: readonly string[] = [],
): DecisionRecord {
  return {
    channel: request.channel,
    verdict: request.verdict,
    choice: decision.choice,
    ...(decision.reason ? { reason: decision.reason } : {}),
    findings: request.findings.map(({ rule, category, severity }) => ({
      rule,
      category,
      severity,
    })),
    unscannedFiles: request.unscannedFiles?.length ?? 0,
    ...(valueHashes.length > 0 ? { valueHashes: [...valueHashes] } : {}),
  };
}
