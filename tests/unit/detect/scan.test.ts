import { describe, expect, it } from 'vitest';

import { RULES } from '@/utils/detect/registry';
import { scan } from '@/utils/detect/scan';
import type { Rule } from '@/utils/detect/types';
import {
  AWS_ACCESS_KEY_ID,
  GITHUB_TOKEN,
  OPENAI_PROJECT_KEY,
  STRIPE_SECRET_KEY,
} from '../../support/fake-keys';

describe('scan', () => {
  it('finds nothing in plain text', () => {
    expect(scan('Please summarise this meeting transcript for me.')).toEqual([]);
  });

  it('reports the span, rule, category, severity and a masked preview', () => {
    const text = `token: ${GITHUB_TOKEN} ok`;

    expect(scan(text)).toEqual([
      {
        rule: 'github-token',
        category: 'secret',
        severity: 'high',
        title: 'GitHub token',
        start: 7,
        end: 47,
        preview: 'ghp_…Bxe',
      },
    ]);
  });

  it('never carries the raw value in a finding', () => {
    const text = `a ${GITHUB_TOKEN} b ${OPENAI_PROJECT_KEY} c password: Hunter2024!`;
    const serialized = JSON.stringify(scan(text));

    expect(serialized).not.toContain(GITHUB_TOKEN.slice(4, 12));
    expect(serialized).not.toContain(OPENAI_PROJECT_KEY.slice(8, 16));
    expect(serialized).not.toContain('Hunter2024');
  });

  it('sorts findings by where they start', () => {
    const text = `${STRIPE_SECRET_KEY}\n${AWS_ACCESS_KEY_ID}\n${GITHUB_TOKEN}`;
    const starts = scan(text).map((finding) => finding.start);

    expect(starts).toHaveLength(3);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('reports an OpenAI key once, not also as a generic sk- key', () => {
    expect(scan(`OPENAI_API_KEY=${OPENAI_PROJECT_KEY}`).map((f) => f.rule)).toEqual([
      'openai-api-key',
    ]);
  });

  it('reports a Stripe key once, not also as a generic sk_ key', () => {
    expect(scan(STRIPE_SECRET_KEY).map((f) => f.rule)).toEqual(['stripe-key']);
  });

  it('reports only the value of a password, not its label', () => {
    const text = 'password: Hunter2024!';
    const [finding] = scan(text);

    expect(finding && text.slice(finding.start, finding.end)).toBe('Hunter2024!');
  });

  it('skips rules the policy disables', () => {
    const text = `${GITHUB_TOKEN} ${AWS_ACCESS_KEY_ID}`;

    expect(scan(text, { disabledRules: ['github-token'] }).map((f) => f.rule)).toEqual([
      'aws-access-key-id',
    ]);
  });

  it('finds nothing when every rule is disabled', () => {
    const disabledRules = RULES.map((rule) => rule.id);

    expect(scan(`${GITHUB_TOKEN} pw=Sommer2026`, { disabledRules })).toEqual([]);
  });

  it('matches keywords regardless of case', () => {
    expect(scan('PASSWORD: Hunter2024!').map((f) => f.rule)).toEqual(['password-assignment']);
  });

  it('gives the same answer when called twice (no regex state leaks between scans)', () => {
    const text = `${GITHUB_TOKEN} and ${GITHUB_TOKEN}`;

    expect(scan(text)).toEqual(scan(text));
    expect(scan(text)).toHaveLength(2);
  });

  it('finds a key at the very start and the very end of the text', () => {
    expect(scan(GITHUB_TOKEN)).toHaveLength(1);
    expect(scan(`x ${GITHUB_TOKEN}`)[0]?.end).toBe(GITHUB_TOKEN.length + 2);
  });
});

describe('scan with extra rules', () => {
  const projectRule: Rule = {
    id: 'policy-keyword',
    category: 'keyword',
    severity: 'low',
    title: 'Project name',
    description: 'A code name the organization protects.',
    keywords: ['bluebird'],
    pattern: /bluebird/giu,
  };

  it('runs extra rules too, reporting the whole match when there are no indices', () => {
    expect(scan('Project Bluebird ships soon', { extraRules: [projectRule] })).toEqual([
      {
        rule: 'policy-keyword',
        category: 'keyword',
        severity: 'low',
        title: 'Project name',
        start: 8,
        end: 16,
        preview: 'Bl…d',
      },
    ]);
  });

  it('skips an extra rule whose keyword is absent or whose id is disabled', () => {
    expect(scan('nothing here', { extraRules: [projectRule] })).toEqual([]);
    expect(
      scan('Bluebird', { extraRules: [projectRule], disabledRules: ['policy-keyword'] }),
    ).toEqual([]);
  });

  it('runs an extra rule whose pattern lacks the global flag', () => {
    const rule: Rule = { ...projectRule, pattern: /bluebird/i };

    expect(scan('bluebird and Bluebird', { extraRules: [rule] })).toHaveLength(2);
  });

  it('lets a built-in finding win over an extra rule on the same span', () => {
    const tokenRule: Rule = { ...projectRule, severity: 'high', keywords: [], pattern: /ghp_\w+/g };

    expect(scan(GITHUB_TOKEN, { extraRules: [tokenRule] }).map((f) => f.rule)).toEqual([
      'github-token',
    ]);
  });
});
