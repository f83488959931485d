import { describe, expect, it } from 'vitest';

import { auditEventSchema, createAuditEvent } from '@/utils/audit/event';

describe('createAuditEvent', () => {
  it('records kinds, verdict and choice with the highest severity, and nothing else', () => {
    const event = createAuditEvent(
      {
        channel: 'send',
        verdict: 'warn',
        choice: 'allow',
        reason: 'rotating it right after',
        findings: [
          { rule: 'pii-email', category: 'pii', severity: 'low' },
          { rule: 'github-token', category: 'secret', severity: 'high' },
          { rule: 'github-token', category: 'secret', severity: 'high' },
        ],
        unscannedFiles: 0,
      },
      { site: 'claude.ai', extensionVersion: '1.2.3', now: new Date('2026-12-04T10:00:00Z') },
    );

    expect(auditEventSchema.parse(event)).toEqual(event);
    expect(event).toMatchObject({
      time: '2026-12-04T10:00:00.000Z',
      site: 'claude.ai',
      channel: 'send',
      choice: 'allow',
      reason: 'rotating it right after',
      severity: 'high',
      rules: ['pii-email', 'github-token'],
      categories: ['pii', 'secret'],
      extensionVersion: '1.2.3',
    });
    const optional = ['valueHashes'];
    expect(Object.keys(event).sort()).toEqual(
      Object.keys(auditEventSchema.shape)
        .filter((key) => !optional.includes(key))
        .sort(),
    );
  });

  it('gives each event its own id so a collector can drop duplicates', () => {
    const facts = {
      channel: 'paste',
      verdict: 'block',
      choice: 'cancel',
      findings: [],
      unscannedFiles: 1,
    } as const;
    const context = { site: 'poe.com', extensionVersion: '0.1.0', now: new Date() };

    expect(createAuditEvent(facts, context).id).not.toBe(createAuditEvent(facts, context).id);
    expect(createAuditEvent(facts, context).severity).toBe('medium');
  });

  it('carries keyed hashes of the values when the guard sends them', () => {
    const event = createAuditEvent(
      {
        channel: 'paste',
        verdict: 'warn',
        choice: 'cancel',
        findings: [{ rule: 'github-token', category: 'secret', severity: 'high' }],
        unscannedFiles: 0,
        valueHashes: ['0123456789abcdef0123456789abcdef'],
      },
      { site: 'claude.ai', extensionVersion: '1.2.3', now: new Date() },
    );

    expect(event.valueHashes).toEqual(['0123456789abcdef0123456789abcdef']);
  });
});
