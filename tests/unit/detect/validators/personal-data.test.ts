import { describe, expect, it } from 'vitest';

import { isValidIban } from '@/utils/detect/validators/iban';
import { hasCardIssuer, isPaymentCardNumber, passesLuhn } from '@/utils/detect/validators/luhn';
import { isDutchBsn, isGermanTaxId, isUkNino } from '@/utils/detect/validators/national-id';
import { isPlausibleSsn } from '@/utils/detect/validators/ssn';

describe('payment card validation', () => {
  it('checks the Luhn digit', () => {
    expect(passesLuhn('4556737586899855')).toBe(true);
    expect(passesLuhn('4556737586899856')).toBe(false);
  });

  it('knows the issuer ranges and their lengths', () => {
    expect(hasCardIssuer('4556737586899855')).toBe(true);
    expect(hasCardIssuer('371449635398472')).toBe(true);
    // A 13-digit "Visa" is far more likely an EAN-13 product code.
    expect(hasCardIssuer('4006381333931')).toBe(false);
    expect(hasCardIssuer('9556737586899855')).toBe(false);
  });

  it('accepts one kind of separator and rejects published test numbers', () => {
    expect(isPaymentCardNumber('4556 7375 8689 9855')).toBe(true);
    expect(isPaymentCardNumber('4556-7375 8689-9855')).toBe(false);
    expect(isPaymentCardNumber('4242 4242 4242 4242')).toBe(false);
  });
});

describe('IBAN validation', () => {
  it('knows the countries added to the table', () => {
    expect(isValidIban('RU0204452560040702810412345678901')).toBe(true);
    expect(isValidIban('MN121234123456789123')).toBe(true);
  });
});

describe('US Social Security numbers', () => {
  it('rejects areas, groups and serials that are never issued', () => {
    expect(isPlausibleSsn('536-22-8126')).toBe(true);
    for (const ssn of ['000-22-8126', '666-22-8126', '900-22-8126', '536-00-8126', '536-22-0000']) {
      expect(isPlausibleSsn(ssn)).toBe(false);
    }
  });
});

describe('national identifiers', () => {
  it('checks the German tax ID digit rules and check digit', () => {
    expect(isGermanTaxId('86095742719')).toBe(true);
    expect(isGermanTaxId('86095742718')).toBe(false);
    expect(isGermanTaxId('47158326090')).toBe(false);
  });

  it('applies the Dutch eleven test', () => {
    expect(isDutchBsn('111222333')).toBe(true);
    expect(isDutchBsn('111222334')).toBe(false);
  });

  it('rejects UK NINO prefixes HMRC never allocates', () => {
    expect(isUkNino('JG 10 37 59 A')).toBe(true);
    expect(isUkNino('GB123456A')).toBe(false);
    expect(isUkNino('QQ123456A')).toBe(false);
  });
});
