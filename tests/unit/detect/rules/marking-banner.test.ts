import { describe, expect, it } from 'vitest';

import { findRuleIds } from '../scan-helpers';

function isMarked(text: string): boolean {
  return findRuleIds(text).some((id) => id.startsWith('marking-'));
}

describe('confidentiality markings', () => {
  it('finds a banner on a line of its own, in any of seven languages', () => {
    for (const banner of [
      'CONFIDENTIAL',
      'Streng vertraulich',
      'Confidentiel',
      'CONFIDENCIAL',
      'Riservato',
      'Vertrouwelijk',
      'Estritamente confidencial',
    ]) {
      expect(isMarked(`${banner}\n\nQuarterly numbers follow.`), banner).toBe(true);
    }
  });

  it('finds a marking in a header or footer line between separators', () => {
    expect(isMarked('Northwind Ltd · Internal Use Only · Page 4 of 9')).toBe(true);
    expect(isMarked('Draft v3 | Strictly Confidential')).toBe(true);
  });

  it('finds each phrase only through its own keywords, in a long text', () => {
    const filler = 'Notes on the quarterly plan follow below. '.repeat(40);
    for (const banner of [
      'SEGRETO COMMERCIALE',
      'DO NOT COPY',
      'Not for External Distribution',
      'Attorney-Client Privileged',
      'À usage interne',
      'For Internal Use Only',
      'Secret des affaires',
    ]) {
      expect(isMarked(`${filler}\n${banner}\n${filler}`), banner).toBe(true);
    }
  });

  it('stays quiet on the words of a phrase outside it', () => {
    expect(isMarked('Copy the internal config and forward it\n\nSecret handshake')).toBe(false);
    expect(isMarked('Il segreto del successo')).toBe(false);
  });

  it('stays quiet on confidentiality mentioned in a sentence', () => {
    expect(isMarked("I'll keep this confidential, promise.")).toBe(false);
    expect(isMarked('Is the salary data confidential in your company?')).toBe(false);
    expect(isMarked('Le rapport est confidentiel selon elle.')).toBe(false);
  });

  it('stays quiet on a negated marking and on text written all in capitals', () => {
    expect(isMarked('This summary is NOT CONFIDENTIAL.')).toBe(false);
    expect(
      isMarked('THIS LICENSE DOES NOT GRANT RIGHTS TO PROPRIETARY CODE OR TRADE SECRETS.'),
    ).toBe(false);
  });

  it('finds TLP, CUI, classification banners and sensitivity labels', () => {
    expect(findRuleIds('TLP:AMBER+STRICT')).toEqual(['marking-tlp-amber']);
    expect(findRuleIds('CUI//SP-PRVCY')).toEqual(['marking-cui']);
    expect(findRuleIds('SECRET//NOFORN')).toEqual(['marking-classification']);
    expect(findRuleIds('Sensitivity: Highly Confidential')).toEqual(['marking-label']);
  });
});
