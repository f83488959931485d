import { maskValue } from './mask';
import { sha256Hex } from './sha256';
import type { Finding, Severity } from './types';
import { hashWord, mixHash, splitNormalizedWords, type Words } from './words';

/** Terms of up to this many words are found; longer ones belong in `keywords` or fingerprints. */
export const MAX_TERM_WORDS = 4;
// A bit per value of the prefilter hash's top 20 bits: one array read rejects almost every
// n-gram before the exact set is asked.
const BITSET_BITS = 20;
const NGRAM_MULTIPLIER = 0x2545f491;
// Without the prefilter every n-gram costs a SHA-256 (about 50 µs a word in all): past this many
// words the paste handler would freeze the page, so only the start of the text is checked.
// TODO(#4): make `buckets` required once every policy is written by `npm run scan -- hash-terms`.
export const UNFILTERED_WORD_LIMIT = 4000;

export interface HashedTermsConfig {
  readonly salt: string;
  readonly hashes: readonly string[];
  /** Fast 31-bit hashes of the same terms (see termBucket); empty means "hash every n-gram". */
  readonly buckets?: readonly number[];
  readonly severity: Severity;
}

// 31 bits, because Chrome stores policy integers as signed 32-bit values and would drop larger
// ones from a managed policy.
function toBucket(hash: number): number {
  return hash >>> 1;
}

function seedOf(salt: string): number {
  return hashWord(`bucket:${salt}`);
}

/**
 * The prefilter hash of a normalised term: a fast, salted, non-cryptographic 31-bit hash, so the
 * guard runs SHA-256 only on the word sequences that can match. It gives an attacker nothing the
 * salted SHA-256 next to it does not: both can only be tried against guesses.
 */
export function termBucket(salt: string, normalizedTerm: string): number {
  let hash = seedOf(salt);
  for (const word of normalizedTerm.split(' ')) {
    hash = mixHash(hash, hashWord(word), NGRAM_MULTIPLIER);
  }

  return toBucket(hash);
}

/** Lower-case hex SHA-256 of salt + normal form, as the policy's `hashedTerms.hashes` holds. */
export function hashTerm(salt: string, normalizedTerm: string): string {
  return sha256Hex(salt + normalizedTerm);
}

function normalWordAt(text: string, words: Words, index: number): string {
  const word = text.slice(words.starts[index], words.ends[index]);
  return /^[a-z\d]*$/i.test(word) ? word.toLowerCase() : splitNormalizedWords(word).join(' ');
}

export interface HashedTermMatcher {
  readonly find: (text: string, words: Words) => Finding[];
}

/** Prepares the policy's hashed terms once; `undefined` when there are none. */
export function compileHashedTerms(config: HashedTermsConfig): HashedTermMatcher | undefined {
  if (config.hashes.length === 0) return undefined;

  const hashes = new Set(config.hashes);
  const seed = seedOf(config.salt);
  const buckets = new Set(config.buckets ?? []);
  const bitset = new Uint32Array(2 ** BITSET_BITS / 32);
  for (const bucket of buckets) {
    const bit = bucket >>> (31 - BITSET_BITS);
    bitset[bit >>> 5] = (bitset[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }

  const mayMatch =
    buckets.size === 0
      ? () => true
      : (ngramHash: number) => {
          const bucket = toBucket(ngramHash);
          const bit = bucket >>> (31 - BITSET_BITS);
          if (((bitset[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return false;
          return buckets.has(bucket);
        };

  function find(text: string, words: Words): Finding[] {
    const findings: Finding[] = [];
    const count = buckets.size === 0 ? Math.min(words.count, UNFILTERED_WORD_LIMIT) : words.count;
    for (let first = 0; first < count; first += 1) {
      let ngramHash = seed;
      let normalized = '';
      for (let last = first; last < Math.min(words.count, first + MAX_TERM_WORDS); last += 1) {
        ngramHash = mixHash(ngramHash, words.hashes[last] ?? 0, NGRAM_MULTIPLIER);
        if (!mayMatch(ngramHash)) continue;

        // The normal form is built only now, since almost every n-gram stops at the prefilter.
        normalized = '';
        for (let index = first; index <= last; index += 1) {
          normalized += (index > first ? ' ' : '') + normalWordAt(text, words, index);
        }

        if (!hashes.has(hashTerm(config.salt, normalized))) continue;

        const start = words.starts[first] ?? 0;
        const end = words.ends[last] ?? 0;
        findings.push({
          rule: 'hashed-term',
          category: 'keyword',
          severity: config.severity,
          title: 'Term your organization protects',
          start,
          end,
          preview: maskValue(text.slice(start, end)),
        });
      }
    }

    return findings;
  }

  return { find };
}
