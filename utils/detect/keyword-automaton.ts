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
  const spellings = keywords.map((keyword, id) => ({
    id,
    classes: Array.from({ length: keyword.length }, (_, i) => classes[keyword.charCodeAt(i)] ?? 0),
  }));
  const table = buildAhoCorasick(spellings, width);

  // Transitions point at row offsets (state × width), so the hot loop needs no multiplication.
  const delta = table.delta.map((state) => state * width);
  const outputs: (readonly number[])[] = [];
  const outputStart = new Int32Array(table.stateCount * width).fill(-1);
  table.outputs.forEach((ids, state) => {
    if (ids.length === 0) return;

    outputStart[state * width] = outputs.length;
    outputs.push(ids);
  });

  return {
    keywords,
    lengths: keywords.map((k) => k.length),
    classes,
    width,
    delta,
    outputStart,
    outputs,
  };
}

const IS_BASE64 = new Uint8Array(128);
for (const char of BASE64_ALPHABET) {
  IS_BASE64[char.charCodeAt(0)] = 1;
}

/** The search in plain JavaScript: where WebAssembly is refused, and the reference in tests. */
export function findKeywordHitsInJs(
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

/**
 * Calls `onHit(keywordId, start)` for every keyword occurrence, in one pass over `text`, in
 * order of the occurrence's end. The same pass pushes `[start, end)` of every run of at least
 * `minRun` base64 characters onto `base64Runs`, so finding encoded secrets costs no second pass
 * over a long paste.
 */
export function findKeywordHits(
  automaton: KeywordAutomaton,
  text: string,
  onHit: (keywordId: number, start: number) => void,
  base64Runs: number[] = [],
  minRun = 24,
): void {
  const search = wasmAllowed && text.length >= WASM_FROM ? wasmSearchFor(automaton) : null;
  if (search) searchWithWasm(search, text, onHit, base64Runs, minRun);
  else findKeywordHitsInJs(automaton, text, onHit, base64Runs, minRun);
}
