import { browser } from 'wxt/browser';

import type { Policy } from '../policy/schema';
import { countWarningInTab } from './badge';
import { createAuditEvent } from './event';
import type { DecisionFacts } from './event';
import { flushReports } from './reporter';
import { senderSite } from './sender-site';
import type { SenderRecord } from './sender-site';
import { appendEvent } from './store';

/**
 * Turns a decision the guard reported into an audit event: logged on the device, queued for
 * the organization's collector when the policy names one, and counted on the tab's badge.
 * The site is taken from the browser's record of the sender, never from the message.
 */
export async function recordDecision(
  facts: DecisionFacts,
  sender: SenderRecord & { readonly tab?: { readonly id?: number } },
  policy: Policy,
): Promise<void> {
  const site = senderSite(sender);
  const extensionVersion = browser.runtime.getManifest().version;
  const event = createAuditEvent(facts, { site, extensionVersion, now: new Date() });

  await appendEvent(event, policy.audit, policy.reporting.endpoint !== '');
  if (sender.tab?.id !== undefined) await countWarningInTab(sender.tab.id);
  void flushReports(policy);
}
