import { describe, expect, it } from 'vitest';

import type { Category, Finding, Severity } from '@/utils/detect/types';
import { choicesFor, decideVerdict, findingsThatMatter } from '@/utils/guard/verdict';
import { DEFAULT_POLICY } from '@/utils/policy/default-policy';
import type { Policy } from '@/utils/policy/schema';

function finding(category: Category, severity: Severity): Finding {
  return {
    rule: `${category}-rule`,
    category,
    severity,
    title: 'x',
    start: 0,
    end: 1,
    preview: '…',
  };
}

const strict: Policy = {
  ...DEFAULT_POLICY,
  actions: {
    ...DEFAULT_POLICY.actions,
    secret: { low: 'warn', medium: 'redact', high: 'block' },
  },
};

describe('decideVerdict', () => {
  it('allows text with no findings', () => {
    expect(decideVerdict([], DEFAULT_POLICY)).toBe('allow');
  });

  it('takes the strictest action any finding calls for', () => {
    const findings = [
      finding('secret', 'low'),
      finding('secret', 'high'),
      finding('secret', 'medium'),
    ];

    expect(decideVerdict(findings, strict)).toBe('block');
    expect(decideVerdict(findings.slice(0, 1), strict)).toBe('warn');
  });

  it('lets one low-severity e-mail address through under the default policy', () => {
    expect(decideVerdict([finding('pii', 'low')], DEFAULT_POLICY)).toBe('allow');
  });

  it('shows only the findings that made the verdict', () => {
    const findings = [finding('pii', 'low'), finding('secret', 'high')];

    expect(findingsThatMatter(findings, DEFAULT_POLICY).map((f) => f.category)).toEqual(['secret']);
  });
});

describe('choicesFor', () => {
  it('offers cancel, redact and paste anyway for a warning when overrides are allowed', () => {
    expect(choicesFor('warn', DEFAULT_POLICY)).toEqual(['cancel', 'redact', 'allow']);
  });

  it('drops paste anyway when the policy does not allow overrides', () => {
    const policy = { ...DEFAULT_POLICY, override: { allowed: false, requireReason: false } };

    expect(choicesFor('warn', policy)).toEqual(['cancel', 'redact']);
  });

  it('offers only redaction or cancel for redact, and only cancel for block', () => {
    expect(choicesFor('redact', DEFAULT_POLICY)).toEqual(['cancel', 'redact']);
    expect(choicesFor('block', DEFAULT_POLICY)).toEqual(['cancel']);
  });
});
