import { describe, expect, it } from 'vitest';

import { fingerprintText } from '@/utils/detect/fingerprint';
import { hashTerm, termBucket } from '@/utils/detect/hashed-terms';
import { normalizeTerm } from '@/utils/detect/words';
import { DEFAULT_POLICY } from '@/utils/policy/default-policy';
import type { Policy } from '@/utils/policy/schema';
import { scanWithPolicy } from '@/utils/policy/scan-with-policy';

const MEMO =
  'The board approved the acquisition of Northwind Trading for forty million euros. ' +
  'Closing is planned for the end of the third quarter, subject to regulatory approval. ' +
  'Staff will be told after signing; until then the deal is known internally as Project Heron.';

function policyWith(terms: readonly string[]): Policy {
  const salt = 'unit';
  const normal = terms.map(normalizeTerm);
  return {
    ...DEFAULT_POLICY,
    hashedTerms: {
      salt,
      hashes: normal.map((term) => hashTerm(salt, term)),
      buckets: normal.map((term) => termBucket(salt, term)),
      severity: 'medium',
    },
    fingerprints: [{ title: 'Board memo', hashes: fingerprintText(MEMO) }],
  };
}

describe('scanWithPolicy', () => {
  const policy = policyWith(['Northwind Trading', 'Zenith Labs']);

  it('reports a hashed customer name as a keyword', () => {
    const findings = scanWithPolicy('Draft a reply to zenith   LABS about pricing', policy);
    expect(findings.map((f) => [f.rule, f.category, f.severity])).toEqual([
      ['hashed-term', 'keyword', 'medium'],
    ]);
  });

  it('reports an edited excerpt of a fingerprinted document once, over the hashed term', () => {
    const excerpt = `Summarise:\n${MEMO.toLowerCase().replace(/ /g, '  ').replace(/[.,;]/g, '')}`;
    const findings = scanWithPolicy(excerpt, policy);
    expect(findings.map((f) => f.rule)).toEqual(['fingerprint']);
    expect(findings[0]?.title).toBe('Text from “Board memo”');
  });

  it('keeps findings apart: no two overlap, sorted by start', () => {
    const text = `CONFIDENTIAL\n${MEMO}\nContact: jane.roe@mailbox.org, card 4556 7375 8689 9855`;
    const findings = scanWithPolicy(text, policy);
    for (let i = 1; i < findings.length; i += 1) {
      expect(findings[i]?.start).toBeGreaterThanOrEqual(findings[i - 1]?.end ?? 0);
    }

    expect(findings.map((f) => f.category)).toEqual(
      expect.arrayContaining(['marking', 'fingerprint', 'pii']),
    );
  });

  it('leaves ordinary chat and a single e-mail address at what the default policy allows', () => {
    expect(scanWithPolicy('Can you help me plan a team offsite in May?', policy)).toEqual([]);
    const [email] = scanWithPolicy('Reply to me at jane.roe@mailbox.org', policy);
    expect(email?.severity).toBe('low');
    expect(DEFAULT_POLICY.actions.pii.low).toBe('allow');
  });

  it('gives the same answer on a second scan with the same policy object', () => {
    const text = 'zenith labs and Northwind Trading';
    expect(scanWithPolicy(text, policy)).toEqual(scanWithPolicy(text, policy));
  });
});
