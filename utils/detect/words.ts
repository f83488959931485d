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

// For each ASCII code: its lower-case form when it is a letter or digit, else 0. One table
// look-up per character keeps a megabyte of prose to a few milliseconds.
const ASCII_LOWER = new Uint8Array(128);
for (let code = 48; code <= 57; code += 1) ASCII_LOWER[code] = code;
for (let code = 97; code <= 122; code += 1) ASCII_LOWER[code] = code;
for (let code = 65; code <= 90; code += 1) ASCII_LOWER[code] = code + 32;

// Beyond ASCII: Latin-1 and Latin Extended letters (but × and ÷) without the regular expression.
function isWordCode(code: number, text: string, index: number): boolean {
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  return WORD_CHAR.test(text.charAt(index));
}

/**
 * Splits `text` into words in one pass. ASCII words are hashed as they are read; only words with
 * other characters are sliced and normalised, which keeps a megabyte of prose under a few ms.
 */
export function splitWords(text: string): Words {
  // About one word per six characters of prose; grown on the rare text that has more.
  let capacity = Math.ceil(text.length / 5) + 16;
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let hashes = new Int32Array(capacity);
  let count = 0;
  let index = 0;
  const length = text.length;
  while (index < length) {
    let code = text.charCodeAt(index);
    if (code < 128 ? ASCII_LOWER[code] === 0 : !isWordCode(code, text, index)) {
      index += 1;
      continue;
    }

    const start = index;
    let hash = FNV_OFFSET;
    let isAscii = true;
    while (index < length) {
      code = text.charCodeAt(index);
      if (code < 128) {
        const lower = ASCII_LOWER[code] ?? 0;
        if (lower === 0) break;
        hash = Math.imul(hash ^ lower, FNV_PRIME);
      } else {
        if (!isWordCode(code, text, index)) break;
        isAscii = false;
      }

      index += 1;
    }

    if (count === capacity) {
      capacity *= 2;
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
      hashes = grow(hashes, capacity);
    }

    starts[count] = start;
    ends[count] = index;
    hashes[count] = isAscii ? hash | 0 : hashNonAscii(text.slice(start, index));
    count += 1;
  }

  return { count, starts, ends, hashes };
}

function grow(array: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(capacity);
  larger.set(array);
  return larger;
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
