import { describe, expect, it } from 'vitest';

import { DEFAULT_POLICY } from '@/utils/policy/default-policy';
import { scanWithPolicy } from '@/utils/policy/scan-with-policy';

// Each of these took seconds when a validator searched the whole line for its start.
const HOSTILE = {
  'digit pairs on one line': '12 '.repeat(70_000),
  'shouted markings on one line': 'CONFIDENTIAL '.repeat(15_000),
  'a one-line table of phone numbers': `phone;${'+1 415 555 0100;'.repeat(12_000)}`,
};

describe('personal data and markings on long single lines', () => {
  it.each(Object.entries(HOSTILE))('scans %s in linear time', (_name, text) => {
    const start = performance.now();
    scanWithPolicy(text, DEFAULT_POLICY);
    // Generous, since the machine is shared: the quadratic version took over 8 s.
    expect(performance.now() - start).toBeLessThan(2_500);
  });
});
