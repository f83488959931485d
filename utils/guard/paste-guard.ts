import { redact } from '../detect/redact';
import { scan } from '../detect/scan';
import type { Policy } from '../policy/schema';
import { findEditable, saveSpot } from './editor';
import { insertIntoEditor } from './insert';
import { readTransferText } from './transfer';
import { choicesFor, decideVerdict, findingsThatMatter } from './verdict';
import type { Decision, WarningRequest } from './verdict';

export interface GuardDeps {
  readonly getPolicy: () => Policy;
  /** Whether the page is a monitored AI site under the current policy. */
  readonly isMonitored: () => boolean;
  readonly warn: (request: WarningRequest) => Promise<Decision>;
}

/**
 * Handles `paste` on `window` in the capture phase, before any of the page's own handlers.
 * A clean paste is left completely alone; a risky one is stopped and held until the person
 * decides in the warning.
 */
export function createPasteHandler(deps: GuardDeps): (event: ClipboardEvent) => void {
  return (event) => {
    // Only a person's paste matters: a page script can put text in its own editor anyway.
    if (!event.isTrusted || !event.clipboardData || !deps.isMonitored()) return;

    const text = readTransferText(event.clipboardData);
    if (!text) return;

    const policy = deps.getPolicy();
    const findings = findingsThatMatter(scan(text, policy), policy);
    const verdict = decideVerdict(findings, policy);
    if (verdict === 'allow') return;

    event.preventDefault();
    event.stopImmediatePropagation();

    const editable = findEditable(event);
    const spot = editable && saveSpot(editable);
    const request: WarningRequest = {
      site: location.hostname,
      verdict,
      findings,
      choices: choicesFor(verdict, policy),
      requireReason: policy.override.requireReason,
    };

    void deps.warn(request).then(async (decision) => {
      if (!spot || decision.choice === 'cancel') return;
      if (!request.choices.includes(decision.choice)) return;

      const chosen = decision.choice === 'redact' ? redact(text, findings) : text;
      await insertIntoEditor(spot, chosen);
    });
  };
}
