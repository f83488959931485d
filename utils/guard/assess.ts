import { redact } from '../detect/redact';
import { scanWithPolicy } from '../policy/scan-with-policy';
import type { Policy } from '../policy/schema';
import { choicesFor, decideVerdict, findingsThatMatter } from './verdict';
import type { Channel, Decision, WarningRequest } from './verdict';

/** A text the policy does not simply allow, and the warning it calls for. */
export interface Assessment {
  readonly text: string;
  readonly request: WarningRequest;
}

/** Scans text leaving through any channel; `undefined` when the policy lets it go unasked. */
export function assess(
  text: string,
  policy: Policy,
  site: string,
  channel: Channel,
): Assessment | undefined {
  const findings = findingsThatMatter(scanWithPolicy(text, policy), policy);
  const verdict = decideVerdict(findings, policy);
  if (verdict === 'allow') return undefined;

  const choices = choicesFor(verdict, policy);
  const requireReason = policy.override.requireReason;
  return { text, request: { channel, site, verdict, findings, choices, requireReason } };
}

/** The text to let through after the person decided, or `undefined` for none at all. */
export function textToRelease(
  { text, request }: Assessment,
  decision: Decision,
): string | undefined {
  if (decision.choice === 'cancel' || !request.choices.includes(decision.choice)) return undefined;
  return decision.choice === 'redact' ? redact(text, request.findings) : text;
}
