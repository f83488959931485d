import { BASE64_ALPHABET, buildAhoCorasick } from './automaton-core';
import type { Spelling } from './automaton-core';
import {
  BASE64_TABLE,
  CHUNK,
  CLASS_TABLE,
  DELTA,
  HEADER,
  RECORDS,
  buildModuleBytes,
} from './keyword-scan-program';

/**
 * The keyword search of `keyword-automaton.ts`, run by a small WebAssembly program
 * (`keyword-scan-program.ts`). The text goes in as UTF-8 (`TextEncoder.encodeInto` copies it
 * natively) and the automaton runs over bytes, counting UTF-16 units as it goes, so the positions
 * it reports are the same as the JavaScript search's.
 */
const PAGE = 65_536;

// ASCII letters fold onto one class in the table; any other letter with a one-character upper
// case gets its upper-case spelling as a keyword of its own.
function spellCases(keyword: string): string[] {
  let variants = [''];
  for (const char of keyword) {
    const upper = char.toUpperCase();
    const options =
      char.charCodeAt(0) < 128 || upper === char || upper.length !== 1 ? [char] : [char, upper];
    variants = variants.flatMap((variant) => options.map((option) => variant + option));
  }

  return variants;
}

interface ByteSpellings {
  readonly classes: Uint8Array;
  readonly width: number;
  readonly spellings: Spelling[];
}

function spellInBytes(keywords: readonly string[]): ByteSpellings {
  const encoder = new TextEncoder();
  const classes = new Uint8Array(256);
  let width = 1;
  const spellings = keywords.flatMap((keyword, id) =>
    spellCases(keyword).map((spelling) => {
      const bytes = [...encoder.encode(spelling)];
      for (const byte of bytes) {
        if (classes[byte] !== 0) continue;

        const cls = width++;
        classes[byte] = cls;
        const upper = byte < 128 ? String.fromCharCode(byte).toUpperCase().charCodeAt(0) : byte;
        if (upper < 128) classes[upper] = cls;
      }

      return { id, classes: bytes.map((byte) => classes[byte] ?? 0) };
    }),
  );
  if (width > 255) throw new Error('too many distinct keyword bytes for a one-byte class');
  return { classes, width, spellings };
}

export interface WasmKeywordSearch {
  readonly scan: (end: number, outLimit: number, minRun: number) => void;
  readonly words: Int32Array;
  readonly bytes: Uint8Array;
  readonly rowBytes: number;
  readonly outputs: readonly (readonly number[])[];
  readonly lengths: readonly number[];
  readonly textAt: number;
  readonly outAt: number;
  readonly outLimit: number;
}

let moduleCache: WebAssembly.Module | null | undefined;

function compileModule(): WebAssembly.Module | null {
  // A page or extension CSP without 'wasm-unsafe-eval' refuses the compile: the caller then
  // keeps to the JavaScript search.
  if (moduleCache !== undefined) return moduleCache;
  try {
    moduleCache = new WebAssembly.Module(buildModuleBytes());
  } catch {
    moduleCache = null;
  }

  return moduleCache;
}

/** The search for `keywords`, or undefined where WebAssembly is unavailable or refused. */
export function compileKeywordSearch(keywords: readonly string[]): WasmKeywordSearch | undefined {
  if (typeof WebAssembly === 'undefined') return undefined;
  const compiled = compileModule();
  if (!compiled) return undefined;

  const { classes, width, spellings } = spellInBytes(keywords);
  const table = buildAhoCorasick(spellings, width);
  const rowBytes = width * 4;
  const textAt = DELTA + Math.ceil((table.delta.length * 4) / 8) * 8;
  const outAt = textAt + CHUNK * 3;
  const size = outAt + RECORDS * 8;
  const memory = new WebAssembly.Memory({ initial: Math.ceil(size / PAGE) });
  const instance = new WebAssembly.Instance(compiled, { env: { memory } });

  const bytes = new Uint8Array(memory.buffer);
  const words = new Int32Array(memory.buffer);
  bytes.set(classes, CLASS_TABLE);
  for (const char of BASE64_ALPHABET) bytes[BASE64_TABLE + char.charCodeAt(0)] = 1;
  table.delta.forEach((next, i) => {
    const row = next * rowBytes;
    words[DELTA / 4 + i] = (table.outputs[next]?.length ?? 0) > 0 ? ~row : row;
  });

  return {
    scan: instance.exports.scan as WasmKeywordSearch['scan'],
    words,
    bytes: bytes.subarray(textAt, outAt),
    rowBytes,
    outputs: table.outputs,
    lengths: keywords.map((keyword) => keyword.length),
    textAt,
    outAt,
    outLimit: outAt + (RECORDS - 2) * 8,
  };
}

const encoder = new TextEncoder();

function readRecords(
  search: WasmKeywordSearch,
  onHit: (keywordId: number, start: number) => void,
  base64Runs: number[],
): void {
  const { words, outputs, rowBytes, lengths } = search;
  const stop = (words[HEADER.out / 4] ?? 0) / 4;
  for (let k = search.outAt / 4; k < stop; k += 2) {
    const first = words[k] ?? 0;
    const second = words[k + 1] ?? 0;
    if (first < 0) {
      base64Runs.push(~first, second);
      continue;
    }

    for (const id of outputs[first / rowBytes] ?? []) onHit(id, second - (lengths[id] ?? 0));
  }
}

/** Same contract as `findKeywordHits` in keyword-automaton.ts. */
export function searchWithWasm(
  search: WasmKeywordSearch,
  text: string,
  onHit: (keywordId: number, start: number) => void,
  base64Runs: number[] = [],
  minRun = 24,
): void {
  const { words, bytes, textAt, outAt } = search;
  words[HEADER.row / 4] = 0;
  words[HEADER.run / 4] = -1;
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + CHUNK);
    // A surrogate pair stays in one chunk, so it is encoded as one character.
    const last = text.charCodeAt(to - 1);
    if (to < text.length && last >= 0xd800 && last <= 0xdbff) to--;
    const { written } = encoder.encodeInto(text.slice(from, to), bytes);
    const end = textAt + written;
    words[HEADER.index / 4] = textAt;
    words[HEADER.position / 4] = from;
    do {
      words[HEADER.out / 4] = outAt;
      search.scan(end, search.outLimit, minRun);
      readRecords(search, onHit, base64Runs);
    } while ((words[HEADER.index / 4] ?? end) < end);
    from = to;
  }

  const run = words[HEADER.run / 4] ?? -1;
  if (run >= 0 && text.length - run >= minRun) base64Runs.push(run, text.length);
}
