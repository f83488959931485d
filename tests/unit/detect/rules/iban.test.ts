import { describe, expect, it } from 'vitest';

import { findRuleIds, findValues } from '../scan-helpers';

describe('iban', () => {
  it('finds an IBAN in a sentence as personal data', () => {
    expect(findRuleIds('Contact jane@example.com IBAN DE89370400440532013000')).toContain('iban');
  });

  it('finds an IBAN printed in groups of four', () => {
    const text = 'Pay to GB29 NWBK 6016 1331 9268 19 by Friday';
    expect(findValues(text, 'iban')).toEqual(['GB29 NWBK 6016 1331 9268 19']);
  });

  it('ignores a number whose check digits are wrong', () => {
    expect(findRuleIds('DE89370400440532013001')).toEqual([]);
  });

  it('ignores an order number shaped like an IBAN', () => {
    expect(findRuleIds('Order AB12345678901234 shipped')).toEqual([]);
  });
});
