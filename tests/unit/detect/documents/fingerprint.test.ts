import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { compileFingerprints, fingerprintText } from '@/utils/detect/fingerprint';
import { splitWords } from '@/utils/detect/words';

// Public-domain prose (US Declaration of Independence) as the registered document.
const DOCUMENT = `When in the Course of human events, it becomes necessary for one people to dissolve the
political bands which have connected them with another, and to assume among the powers of the
earth, the separate and equal station to which the Laws of Nature and of Nature's God entitle
them, a decent respect to the opinions of mankind requires that they should declare the causes
which impel them to the separation. We hold these truths to be self-evident, that all men are
created equal, that they are endowed by their Creator with certain unalienable Rights, that among
these are Life, Liberty and the pursuit of Happiness. That to secure these rights, Governments
are instituted among Men, deriving their just powers from the consent of the governed. That
whenever any Form of Government becomes destructive of these ends, it is the Right of the People
to alter or to abolish it, and to institute new Government.`;

function find(text: string, threshold = 6) {
  const matcher = compileFingerprints(
    [{ title: 'Declaration', hashes: fingerprintText(DOCUMENT) }],
    threshold,
  );
  return matcher?.find(text, splitWords(text)) ?? [];
}

describe('document fingerprints', () => {
  it('keeps hex hashes of 13 digits, fewer than the shingles', () => {
    const hashes = fingerprintText(DOCUMENT);
    expect(hashes.every((hash) => /^[0-9a-f]{13}$/.test(hash))).toBe(true);
    expect(hashes.length).toBeLessThan(splitWords(DOCUMENT).count * 0.6);
  });

  it('finds a three-sentence excerpt with changed case, white space and punctuation', () => {
    const excerpt =
      'please summarise:  WE HOLD THESE TRUTHS TO BE SELF EVIDENT -- that all men are created ' +
      'equal; that they are endowed by their creator with certain unalienable rights, that among ' +
      'these are life liberty and the pursuit of happiness!!\n\nthat to secure these rights,' +
      'governments are instituted among men, deriving their just powers from the consent of ' +
      'the governed';
    const findings = find(excerpt);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'fingerprint', category: 'fingerprint' });
    expect(findings[0]?.title).toContain('Declaration');
    // The span runs from the first to the last shared hash, inside the excerpt's quoted part.
    expect(excerpt.slice(findings[0]?.start, findings[0]?.end)).toContain('created equal');
    expect(findings[0]?.start).toBeGreaterThan(excerpt.indexOf('summarise'));
  });

  it('ignores one shared phrase and unrelated prose', () => {
    expect(find('In the course of human events we shipped version 2.')).toEqual([]);
    const license = readFileSync('/usr/share/common-licenses/GPL-3', 'utf8');
    expect(find(license)).toEqual([]);
  });

  it('compiles to nothing without valid hashes', () => {
    expect(compileFingerprints([{ title: 'x', hashes: ['zz'] }], 6)).toBeUndefined();
  });
});
