import { createHmac } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { hashValues } from '@/utils/audit/value-hash';

const TOKEN = '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';

describe('hashValues', () => {
  it('is HMAC-SHA-256 with the policy key, cut to 128 bits', async () => {
    const expected = createHmac('sha256', 'org-key').update(TOKEN).digest('hex').slice(0, 32);

    expect(await hashValues([TOKEN], 'org-key')).toEqual([expected]);
  });

  it('gives the same hash for the same value, and another under another key', async () => {
    const [first] = await hashValues([TOKEN], 'org-key');

    expect(await hashValues([TOKEN, TOKEN], 'org-key')).toEqual([first]);
    expect(await hashValues([TOKEN], 'other-key')).not.toEqual([first]);
  });

  it('never contains the value or a piece of it', async () => {
    const [hash = ''] = await hashValues([TOKEN], 'org-key');

    expect(hash).toMatch(/^[\da-f]{32}$/);
    expect(hash).not.toContain(TOKEN.slice(4, 12).toLowerCase());
  });
});
