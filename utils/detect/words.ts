/**
 * The words of a text as hashed terms and fingerprints see them: runs of letters, digits and
 * combining marks; everything else (white space, punctuation, symbols) only separates words.
 * A word's normal form is NFKC, lower-cased, so "ＡＣＭＥ" and "Acme" are the same word.
 */
export interface Words {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** FNV-1a (32-bit) of each word's normal form. */
  readonly hashes: Int32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The normal form of one word, or of a term: NFKC, lower case, single spaces between words. */
export function normalizeTerm(term: string): string {
  return splitNormalizedWords(term).join(' ');
}

export function splitNormalizedWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? []
  );
}

export function hashWord(normalized: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < normalized.length; index += 1) {
    hash = Math.imul(hash ^ normalized.charCodeAt(index), FNV_PRIME);
  }

  return hash | 0;
}

function isWordCode(code: number, text: string, index: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }

  // Latin-1 and Latin Extended letters (but × and ÷) without the regular expression.
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  return WORD_CHAR.test(text.charAt(index));
}

/**
 * Splits `text` into words in one pass. ASCII words are hashed as they are read; only words with
 * other characters are sliced and normalised, which keeps a megabyte of prose under a few ms.
 */
export function splitWords(text: string): Words {
  const capacity = Math.ceil(text.length / 2) + 1;
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const hashes = new Int32Array(capacity);
  let count = 0;
  let index = 0;
  while (index < text.length) {
    let code = text.charCodeAt(index);
    if (!isWordCode(code, text, index)) {
      index += 1;
      continue;
    }

    const start = index;
    let hash = FNV_OFFSET;
    let isAscii = true;
    while (index < text.length && isWordCode((code = text.charCodeAt(index)), text, index)) {
      if (code >= 128) isAscii = false;
      hash = Math.imul(hash ^ (code >= 65 && code <= 90 ? code + 32 : code), FNV_PRIME);
      index += 1;
    }

    starts[count] = start;
    ends[count] = index;
    hashes[count] = isAscii ? hash | 0 : hashNonAscii(text.slice(start, index));
    count += 1;
  }

  return { count, starts, ends, hashes };
}

// NFKC can split one word into several (a ligature with a symbol) or none; the words of the
// normal form are hashed as one, joined by spaces, so a term written that way still matches.
function hashNonAscii(word: string): number {
  return hashWord(splitNormalizedWords(word).join(' '));
}

/** Mixes one more word hash into an n-gram or shingle hash. */
export function mixHash(hash: number, wordHash: number, multiplier: number): number {
  const mixed = Math.imul(hash ^ wordHash, multiplier);
  return (mixed ^ (mixed >>> 15)) | 0;
}
