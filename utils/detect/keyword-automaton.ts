/**
 * Aho-Corasick over lower-case keywords, so the prefilter reads a long paste once instead of
 * once per keyword. The automaton is a full transition table over the characters the keywords
 * use (upper case folded onto lower case); every other character is class 0.
 */
export interface KeywordAutomaton {
  readonly lengths: readonly number[];
  readonly classes: Uint16Array;
  readonly width: number;
  readonly delta: Int32Array;
  /** Per state row offset, an index into `outputs` (keyword ids ending there), or -1. */
  readonly outputStart: Int32Array;
  readonly outputs: readonly (readonly number[])[];
}

function assignClasses(keywords: readonly string[]): { classes: Uint16Array; width: number } {
  const classes = new Uint16Array(65_536);
  let width = 1;
  for (const keyword of keywords) {
    for (const char of keyword) {
      const code = char.charCodeAt(0);
      if (classes[code] !== 0) continue;

      const cls = width++;
      classes[code] = cls;
      const upper = char.toUpperCase();
      if (upper.length === 1) classes[upper.charCodeAt(0)] = cls;
    }
  }

  return { classes, width };
}

export function buildKeywordAutomaton(keywords: readonly string[]): KeywordAutomaton {
  const { classes, width } = assignClasses(keywords);
  const trie: number[][] = [new Array<number>(width).fill(-1)];
  const ends: number[][] = [[]];
  keywords.forEach((keyword, id) => {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const cls = classes[keyword.charCodeAt(i)] ?? 0;
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
  });

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

  // Transitions point at row offsets (state × width), so the hot loop needs no multiplication.
  for (let i = 0; i < delta.length; i++) delta[i] = (delta[i] ?? 0) * width;
  const outputs: number[][] = [];
  const outputStart = new Int32Array(trie.length * width).fill(-1);
  ends.forEach((ids, state) => {
    if (ids.length === 0) return;

    outputStart[state * width] = outputs.length;
    outputs.push([...new Set(ids)]);
  });

  return { lengths: keywords.map((k) => k.length), classes, width, delta, outputStart, outputs };
}

// Characters of standard and URL-safe base64, for the runs the same pass collects.
const IS_BASE64 = new Uint8Array(128);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_') {
  IS_BASE64[char.charCodeAt(0)] = 1;
}

/**
 * Calls `onHit(keywordId, start)` for every keyword occurrence, in one pass over `text`. The
 * same pass pushes `[start, end)` of every run of at least `minRun` base64 characters onto
 * `base64Runs`, so finding encoded secrets costs no second pass over a long paste.
 */
export function findKeywordHits(
  automaton: KeywordAutomaton,
  text: string,
  onHit: (keywordId: number, start: number) => void,
  base64Runs: number[] = [],
  minRun = 24,
): void {
  const { classes, delta, outputStart, outputs, lengths } = automaton;
  const length = text.length;
  // The hot loop of the whole scan: typed arrays only, so V8 keeps it on integers; the row
  // offset is carried instead of the state number.
  let row = 0;
  let runStart = -1;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && IS_BASE64[code] === 1) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      if (i - runStart >= minRun) base64Runs.push(runStart, i);
      runStart = -1;
    }

    row = delta[row + (classes[code] ?? 0)] ?? 0;
    const output = outputStart[row] ?? -1;
    if (output < 0) continue;

    for (const id of outputs[output] ?? []) onHit(id, i + 1 - (lengths[id] ?? 0));
  }

  if (runStart >= 0 && length - runStart >= minRun) base64Runs.push(runStart, length);
}
