import type { Finding } from './types';
import { mixHash, splitWords, type Words } from './words';

/**
 * Document fingerprints: the text's words (see words.ts, so case, white space and punctuation do
 * not count) are cut into overlapping shingles of SHINGLE_WORDS words, each hashed to 52 bits;
 * the fingerprint keeps the smallest hash of every WINNOW_WINDOW shingles in a row (winnowing),
 * which guarantees that any shared run of SHINGLE_WORDS + WINNOW_WINDOW - 1 words (8) shares
 * at least one kept hash, while keeping about 40 % of them.
 */
export const SHINGLE_WORDS = 5;
export const WINNOW_WINDOW = 4;
const HIGH_MULTIPLIER = 0x5bd1e995;
const LOW_MULTIPLIER = 0x27d4eb2f;
const HIGH_SEED = 0x3c6ef372;
const LOW_SEED = 0x1b873593;
// One bit per value of a hash's top 22 bits (512 KB): most shingles of a paste stop there.
const FILTER_BITS = 22;

function combine(high: number, low: number): number {
  return (high >>> 0) * 2 ** 20 + (low >>> 12);
}

type ShingleVisitor = (first: number, high: number, low: number) => void;

/** Calls `visit` with the two 32-bit halves of each shingle's hash, in text order. */
function forEachShingle(words: Words, visit: ShingleVisitor): void {
  const count = words.count - SHINGLE_WORDS + 1;
  for (let first = 0; first < count; first += 1) {
    let high = HIGH_SEED;
    let low = LOW_SEED;
    for (let index = first; index < first + SHINGLE_WORDS; index += 1) {
      high = mixHash(high, words.hashes[index] ?? 0, HIGH_MULTIPLIER);
      low = mixHash(low, words.hashes[index] ?? 0, LOW_MULTIPLIER);
    }

    visit(first, high, low);
  }
}

/** The 52-bit hash of each shingle, in text order; a text shorter than a shingle has none. */
export function shingleHashes(words: Words): Float64Array {
  const result = new Float64Array(Math.max(0, words.count - SHINGLE_WORDS + 1));
  forEachShingle(words, (first, high, low) => {
    result[first] = combine(high, low);
  });
  return result;
}

/** The winnowed fingerprint of a document, as the policy's `fingerprints[].hashes` holds it. */
export function fingerprintText(text: string): string[] {
  const hashes = shingleHashes(splitWords(text));
  const kept = new Set<number>();
  const windows = Math.max(1, hashes.length - WINNOW_WINDOW + 1);
  for (let first = 0; first < windows && first < hashes.length; first += 1) {
    let smallest = Infinity;
    const end = Math.min(hashes.length, first + WINNOW_WINDOW);
    for (let index = first; index < end; index += 1) {
      smallest = Math.min(smallest, hashes[index] ?? Infinity);
    }

    kept.add(smallest);
  }

  return [...kept].map((hash) => hash.toString(16).padStart(13, '0'));
}

export interface FingerprintEntry {
  readonly title: string;
  readonly hashes: readonly string[];
}

export interface FingerprintMatcher {
  readonly find: (text: string, words: Words) => Finding[];
}

interface Match {
  readonly shared: Set<number>;
  readonly start: number;
  end: number;
}

function filterBit(high: number): number {
  return high >>> (32 - FILTER_BITS);
}

/**
 * Prepares the policy's fingerprints once; `undefined` when there are none. A paste is reported
 * for a document when it shares at least `threshold` of the document's kept hashes; the finding
 * spans from the first to the last shared shingle.
 */
export function compileFingerprints(
  entries: readonly FingerprintEntry[],
  threshold: number,
): FingerprintMatcher | undefined {
  const documents = new Map<number, number[]>();
  const filter = new Uint32Array(2 ** (FILTER_BITS - 5));
  entries.forEach(({ hashes }, documentIndex) => {
    for (const hex of hashes) {
      if (!/^[0-9a-f]{13}$/.test(hex)) continue;

      const hash = parseInt(hex, 16);
      const bit = filterBit(Math.floor(hash / 2 ** 20));
      filter[bit >>> 5] = (filter[bit >>> 5] ?? 0) | (1 << (bit & 31));
      const holders = documents.get(hash) ?? [];
      if (!holders.includes(documentIndex)) holders.push(documentIndex);
      documents.set(hash, holders);
    }
  });
  if (documents.size === 0) return undefined;

  function find(_text: string, words: Words): Finding[] {
    // Every shingle of the paste is looked up, not only the winnowed ones: the paste's windows
    // at its edges differ from the document's, and a lookup costs less than winnowing.
    const matches = new Map<number, Match>();
    forEachShingle(words, (first, high, low) => {
      const bit = filterBit(high);
      if (((filter[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return;

      const hash = combine(high, low);
      for (const documentIndex of documents.get(hash) ?? []) {
        const start = words.starts[first] ?? 0;
        const end = words.ends[first + SHINGLE_WORDS - 1] ?? start;
        const match = matches.get(documentIndex) ?? { shared: new Set<number>(), start, end };
        match.shared.add(hash);
        match.end = Math.max(match.end, end);
        matches.set(documentIndex, match);
      }
    });

    return [...matches]
      .filter(([, match]) => match.shared.size >= threshold)
      .map(([documentIndex, match]) => ({
        rule: 'fingerprint',
        category: 'fingerprint',
        severity: 'high',
        title: `Text from “${entries[documentIndex]?.title ?? ''}”`,
        start: match.start,
        end: match.end,
        preview: `${match.shared.size} passages in common`,
      }));
  }

  return { find };
}
