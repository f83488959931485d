/**
 * The Aho-Corasick construction shared by the keyword searches: keywords arrive as sequences of
 * symbol classes (characters or bytes, already case-folded by the caller), and come back as a
 * full transition table, so a search takes exactly one table read per symbol.
 */
export interface AhoCorasickTable {
  readonly stateCount: number;
  readonly width: number;
  /** `delta[state × width + class]` is the next state. */
  readonly delta: Int32Array;
  /** Per state, the ids of the keywords that end there (its own first, then its fallbacks'). */
  readonly outputs: readonly (readonly number[])[];
}

/** One entry per spelling: several spellings (letter-case variants) may share a keyword id. */
export interface Spelling {
  readonly id: number;
  readonly classes: readonly number[];
}

export function buildAhoCorasick(spellings: readonly Spelling[], width: number): AhoCorasickTable {
  const trie: number[][] = [new Array<number>(width).fill(-1)];
  const ends: number[][] = [[]];
  for (const { id, classes } of spellings) {
    let state = 0;
    for (const cls of classes) {
      const row = trie[state] ?? [];
      let next = row[cls] ?? -1;
      if (next === -1) {
        next = trie.length;
        row[cls] = next;
        trie.push(new Array<number>(width).fill(-1));
        ends.push([]);
      }

      state = next;
    }

    ends[state]?.push(id);
  }

  // Breadth first, so a state's fallback is complete before its children need it.
  const delta = new Int32Array(trie.length * width);
  const fail = new Int32Array(trie.length);
  const queue: number[] = [];
  for (let cls = 0; cls < width; cls++) {
    const next = trie[0]?.[cls] ?? -1;
    delta[cls] = next === -1 ? 0 : next;
    if (next > 0) queue.push(next);
  }

  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    const fallback = fail[state] ?? 0;
    ends[state]?.push(...(ends[fallback] ?? []));
    for (let cls = 0; cls < width; cls++) {
      const next = trie[state]?.[cls] ?? -1;
      const viaFallback = delta[fallback * width + cls] ?? 0;
      if (next === -1) {
        delta[state * width + cls] = viaFallback;
      } else {
        delta[state * width + cls] = next;
        fail[next] = viaFallback;
        queue.push(next);
      }
    }
  }

  return {
    stateCount: trie.length,
    width,
    delta,
    outputs: ends.map((ids) => [...new Set(ids)]),
  };
}

/** Characters of standard and URL-safe base64: both searches report long runs of them. */
export const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_';
