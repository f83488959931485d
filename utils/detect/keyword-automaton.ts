import { BASE64_ALPHABET, buildAhoCorasick } from './automaton-core';
import { compileKeywordSearch, searchWithWasm } from './keyword-search-wasm';
import type { WasmKeywordSearch } from './keyword-search-wasm';

/**
 * Aho-Corasick over lower-case keywords, so the prefilter reads a long paste once instead of
 * once per keyword. The automaton is a full transition table over the characters the keywords
 * use (upper case folded onto lower case); every other character is class 0.
 */
export interface KeywordAutomaton {
  readonly keywords: readonly string[];
  readonly lengths: readonly number[];
  /** Per character code: its class shifted left by one, bit 0 set for a base64 character. */
  readonly info: Uint16Array;
  readonly width: number;
  /**
   * Transitions as row offsets (next state × width), so the hot loop needs no multiplication;
   * bitwise negated when keywords end in the next state.
   */
  readonly delta: Int32Array;
  /** Per state, the ids of the keywords that end there. */
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
  const spellings = keywords.map((keyword, id) => ({
    id,
    classes: Array.from({ length: keyword.length }, (_, i) => classes[keyword.charCodeAt(i)] ?? 0),
  }));
  const table = buildAhoCorasick(spellings, width);
  const delta = table.delta.map((next) => {
    const row = next * width;
    return (table.outputs[next]?.length ?? 0) > 0 ? ~row : row;
  });

  const info = new Uint16Array(65_536);
  for (let code = 0; code < info.length; code++) info[code] = (classes[code] ?? 0) << 1;
  for (const char of BASE64_ALPHABET) {
    const code = char.charCodeAt(0);
    info[code] = (info[code] ?? 0) | 1;
  }

  const lengths = keywords.map((k) => k.length);
  return { keywords, lengths, info, width, delta, outputs: table.outputs };
}

/**
 * Calls `onHit(keywordId, start)` for every keyword occurrence, in one pass over `text`, in
 * order of the occurrence's end. The same pass pushes `[start, end)` of every run of at least
 * `minRun` base64 characters onto `base64Runs`, so finding encoded secrets costs no second pass
 * over a long paste.
 */
export type KeywordSearch = (
  automaton: KeywordAutomaton,
  text: string,
  onHit: (keywordId: number, start: number) => void,
  base64Runs?: number[],
  minRun?: number,
) => void;

/** The search in plain JavaScript: what the guard runs, and the reference in tests. */
export const findKeywordHitsInJs: KeywordSearch = (
  automaton,
  text,
  onHit,
  base64Runs = [],
  minRun = 24,
) => {
  const { info, delta, outputs, lengths, width } = automaton;
  const length = text.length;
  // The hot loop of the whole scan: typed arrays and integers only. A base64 run is whatever
  // lies between two other characters; updating `lastOther` by arithmetic rather than a branch
  // spares a misprediction at every word boundary.
  let row = 0;
  let lastOther = -1;
  for (let i = 0; i < length; i++) {
    const bits = info[text.charCodeAt(i)] ?? 0;
    const isOther = (bits & 1) ^ 1;
    if (i - lastOther > minRun && isOther === 1) base64Runs.push(lastOther + 1, i);
    lastOther += (i - lastOther) * isOther;

    row = delta[row + (bits >> 1)] ?? 0;
    if (row >= 0) continue;

    row = ~row;
    for (const id of outputs[row / width] ?? []) onHit(id, i + 1 - (lengths[id] ?? 0));
  }

  if (length - lastOther > minRun) base64Runs.push(lastOther + 1, length);
};

const wasmSearches = new WeakMap<KeywordAutomaton, WasmKeywordSearch | null>();

function wasmSearchFor(automaton: KeywordAutomaton): WasmKeywordSearch | null {
  let search = wasmSearches.get(automaton);
  if (search === undefined) {
    search = compileKeywordSearch(automaton.keywords) ?? null;
    wasmSearches.set(automaton, search);
  }

  return search;
}

// Below this length the copy into WebAssembly memory costs more than it saves.
const WASM_FROM = 4096;

let wasmAllowed = false;

/**
 * Lets long texts use the WebAssembly search. Off by default: on a page whose CSP lacks
 * 'wasm-unsafe-eval', merely trying to compile it fires `securitypolicyviolation` in the page
 * and sends the site a CSP report, so the guard's content script keeps to JavaScript. The CLI
 * and the benchmark, which run where we own the environment, turn it on.
 */
export function allowWasmKeywordSearch(allowed = true): void {
  wasmAllowed = allowed;
}

/** The keyword search: in WebAssembly where allowed and worth it, else in JavaScript. */
export const findKeywordHits: KeywordSearch = (automaton, text, ...output) => {
  const search = wasmAllowed && text.length >= WASM_FROM ? wasmSearchFor(automaton) : null;
  if (search) searchWithWasm(search, text, ...output);
  else findKeywordHitsInJs(automaton, text, ...output);
};
