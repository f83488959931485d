import { describe, expect, it } from 'vitest';

import { DEFAULT_POLICY } from '@/utils/policy/default-policy';
import { resolvePolicy } from '@/utils/policy/resolve';

describe('resolvePolicy', () => {
  it("uses the built-in default when managed storage answers Chrome's {}", () => {
    expect(resolvePolicy({})).toEqual({
      policy: DEFAULT_POLICY,
      source: 'default',
      managedFields: [],
      remoteFields: [],
      problems: [],
    });
  });

  it('uses the built-in default when managed storage threw (Firefox without a policy)', () => {
    expect(resolvePolicy(undefined).source).toBe('default');
  });

  it('takes a valid managed field and keeps the default for fields IT did not set', () => {
    const { policy, source, problems, managedFields } = resolvePolicy({
      organization: { name: 'Example Corp', contact: 'security@example.com' },
    });

    expect(source).toBe('managed');
    expect(managedFields).toEqual(['organization']);
    expect(problems).toEqual([]);
    expect(policy.organization.name).toBe('Example Corp');
    expect(policy.guidance).toEqual(DEFAULT_POLICY.guidance);
  });

  it('repairs a wrongly typed field key by key and names it by its path', () => {
    const { policy, problems } = resolvePolicy({
      organization: { name: 'Example Corp', contact: 42 },
      override: { allowed: false, requireReason: 'yes' },
    });

    expect(policy.organization).toEqual({ name: 'Example Corp', contact: 'your security team' });
    expect(policy.override).toEqual({ allowed: false, requireReason: false });
    expect(problems.map((problem) => problem.path)).toEqual([
      'organization.contact',
      'override.requireReason',
    ]);
  });

  it('drops only the invalid items of a list and reports each with its index', () => {
    const { policy, problems } = resolvePolicy({
      guidance: [
        { id: 'ok', title: 'Fine', body: 'text', tags: [] },
        { id: 'Not An Id', title: 'Bad id', body: 'text', tags: [] },
      ],
    });

    expect(policy.guidance.map((section) => section.id)).toEqual(['ok']);
    expect(problems).toEqual([
      { path: 'guidance[1].id', message: 'use lower-case letters, digits and dashes' },
    ]);
  });

  it('reports unknown fields instead of silently ignoring them', () => {
    const { problems } = resolvePolicy({ sitez: { add: [] } });

    expect(problems).toEqual([{ path: 'sitez', message: 'unknown field, ignored' }]);
  });

  it('rejects an action that is not allow, warn, redact or block', () => {
    const { policy, problems } = resolvePolicy({
      actions: { ...DEFAULT_POLICY.actions, secret: { low: 'warn', medium: 'warn', high: 'nuke' } },
    });

    expect(policy.actions.secret.high).toBe('warn');
    expect(problems[0]?.path).toBe('actions.secret.high');
  });
});

describe('resolvePolicy with misspelt fields', () => {
  it('reports a misspelt nested field even when the rest of the object is valid', () => {
    const { problems } = resolvePolicy({ sites: { add: [], remove: [], ad: ['x.example'] } });

    expect(problems).toEqual([{ path: 'sites.ad', message: 'unknown field, ignored' }]);
  });

  it('reports a misspelt field inside a list item', () => {
    const { problems } = resolvePolicy({
      guidance: [{ id: 'a', title: 'A', body: '', tags: [], tagz: [] }],
    });

    expect(problems).toEqual([{ path: 'guidance[0].tagz', message: 'unknown field, ignored' }]);
  });
});

describe('resolvePolicy with site entries', () => {
  it('refuses a site entry that names a port, saying why', () => {
    const { policy, problems } = resolvePolicy({
      sites: { add: ['ai.internal.example', 'ai.internal.example:8443'], remove: [] },
    });

    expect(policy.sites.add).toEqual(['ai.internal.example']);
    expect(problems).toEqual([
      { path: 'sites.add[1]', message: 'leave the port out: an entry covers every port' },
    ]);
  });
});
