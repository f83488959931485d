import { describe, expect, it } from 'vitest';

import { computeIbanRemainder, isValidIban } from '@/utils/detect/validators/iban';

describe('IBAN validation', () => {
  it('computes mod 97 of the rearranged number', () => {
    expect(computeIbanRemainder('DE89370400440532013000')).toBe(1);
  });

  it.each(['DE89370400440532013000', 'GB29 NWBK 6016 1331 9268 19', 'NO9386011117947'])(
    'accepts %s',
    (iban) => {
      expect(isValidIban(iban)).toBe(true);
    },
  );

  it('rejects a wrong check digit', () => {
    expect(isValidIban('DE88370400440532013000')).toBe(false);
  });

  it('rejects a number of the wrong length for its country', () => {
    expect(isValidIban('DE8937040044053201300')).toBe(false);
  });

  it('rejects an unknown country', () => {
    expect(isValidIban('ZZ89370400440532013000')).toBe(false);
  });
});
