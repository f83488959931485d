import { describe, expect, it } from 'vitest';

import { resolvePolicy } from '@/utils/policy/resolve';

const REMOTE_SETTINGS = {
  url: 'https://policy.example.com/ai-policy.json',
  allow: ['guidance', 'sites'],
  refreshMinutes: 60,
  publicKey: '',
  maxBytes: 1048576,
};
const GUIDANCE = [{ id: 'from-server', title: 'From the server', body: 'Hi', tags: [] }];

describe('resolvePolicy with a policy server document', () => {
  it('takes allowed fields from the document: managed › remote › default', () => {
    const resolved = resolvePolicy(
      {
        organization: { name: 'Example Corp', contact: 'it@example.com' },
        remote: REMOTE_SETTINGS,
      },
      { guidance: GUIDANCE, sites: { add: ['ai.internal.example'], remove: [] } },
    );

    expect(resolved.policy.guidance).toEqual(GUIDANCE);
    expect(resolved.policy.sites.add).toEqual(['ai.internal.example']);
    expect(resolved.remoteFields).toEqual(['guidance', 'sites']);
    expect(resolved.problems).toEqual([]);
  });

  it('never lets the document weaken what IT fixed or set a field it may not', () => {
    const resolved = resolvePolicy(
      { sites: { add: [], remove: [] }, remote: REMOTE_SETTINGS },
      {
        sites: { add: [], remove: ['chatgpt', 'claude'] },
        actions: { secret: { low: 'allow', medium: 'allow', high: 'allow' } },
        guidance: GUIDANCE,
      },
    );

    expect(resolved.policy.sites.remove).toEqual([]);
    expect(resolved.policy.actions.secret.high).toBe('warn');
    expect(resolved.remoteFields).toEqual(['guidance']);
    expect(resolved.problems).toEqual([
      { path: 'remote document: sites', message: 'set by the managed policy, which wins' },
      { path: 'remote document: actions', message: 'not in remote.allow, ignored' },
    ]);
  });

  it('repairs the document field by field and names problems as coming from it', () => {
    const resolved = resolvePolicy(
      { remote: REMOTE_SETTINGS },
      { guidance: [...GUIDANCE, { id: 'Bad Id', title: 'x', body: '', tags: [] }] },
    );

    expect(resolved.policy.guidance).toEqual(GUIDANCE);
    expect(resolved.problems[0]?.path).toBe('remote document: guidance[1].id');
  });

  it('ignores a cached document when the managed policy names no server', () => {
    const resolved = resolvePolicy(
      { organization: { name: 'X', contact: '' } },
      { guidance: GUIDANCE },
    );

    expect(resolved.remoteFields).toEqual([]);
    expect(resolved.policy.guidance).not.toEqual(GUIDANCE);
  });
});
