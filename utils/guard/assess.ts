import { redact } from '../detect/redact';
import type { Finding } from '../detect/types';
import { scanWithPolicy } from '../policy/scan-with-policy';
import type { Policy } from '../policy/schema';
import { LARGE_TEXT_LENGTH, scanInSlices } from './chunked-scan';
import { choicesFor, decideVerdict, findingsThatMatter } from './verdict';
import type { Channel, Decision, WarningRequest } from './verdict';

/** A text the policy does not simply allow, and the warning it calls for. */
export interface Assessment {
  readonly text: string;
  readonly request: WarningRequest;
}

/**
 * The matched values themselves. They stay in the content script: only keyed hashes of them
 * leave it, and only when the policy asks for them.
 */
export function matchedValues({ text, request }: Assessment): string[] {
  return request.findings.map((finding) => text.slice(finding.start, finding.end));
}

/** Scans text leaving through any channel; `undefined` when the policy lets it go unasked. */
export function assess(
  text: string,
  policy: Policy,
  site: string,
  channel: Channel,
): Assessment | undefined {
  return assessFindings(text, scanWithPolicy(text, policy), policy, site, channel);
}

/** `assess` for texts of any size: a large one is scanned in slices, never freezing the page. */
export async function assessWithoutBlocking(
  text: string,
  policy: Policy,
  site: string,
  channel: Channel,
): Promise<Assessment | undefined> {
  if (text.length <= LARGE_TEXT_LENGTH) return assess(text, policy, site, channel);

  return assessFindings(text, await scanInSlices(text, policy), policy, site, channel);
}

function assessFindings(
  text: string,
  allFindings: readonly Finding[],
  policy: Policy,
  site: string,
  channel: Channel,
): Assessment | undefined {
  const findings = findingsThatMatter(allFindings, policy);
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
