import { createAuditEvent } from '@/utils/audit/event';
import type { AuditEvent } from '@/utils/audit/event';

/** An event as the worker would build it for a GitHub token pasted at chatgpt.com. */
export function makeEvent(time: string, overrides: Partial<AuditEvent> = {}): AuditEvent {
  const event = createAuditEvent(
    {
      channel: 'paste',
      verdict: 'warn',
      choice: 'redact',
      findings: [{ rule: 'github-token', category: 'secret', severity: 'high' }],
      unscannedFiles: 0,
    },
    { site: 'chatgpt.com', extensionVersion: '0.1.0', now: new Date(time) },
  );
  return { ...event, ...overrides };
}
