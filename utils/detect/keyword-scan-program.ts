import {
  I32,
  VOID,
  get,
  i32,
  load32,
  load8,
  name,
  op,
  section,
  set,
  store32,
  unsigned,
  vector,
} from './wasm-bytes';

/**
 * The WebAssembly program behind `keyword-search-wasm.ts`: one function, `scan(end, outLimit,
 * minRun)`, that runs the byte automaton over the encoded text and writes output records.
 *
 * Memory: a 20-byte header holding the search state between calls, the byte-class and base64
 * tables, the transition table, then one chunk of text and a buffer of output records.
 */
export const HEADER = { index: 0, position: 4, row: 8, run: 12, out: 16 } as const;
export const CLASS_TABLE = 32;
export const BASE64_TABLE = 288;
export const DELTA = 544;
// Characters per encoded chunk (UTF-8 needs at most three bytes for each), and output records
// (two 32-bit words each) per call; the search resumes where it stopped when the buffer fills.
export const CHUNK = 1 << 18;
export const RECORDS = 1 << 14;

// Locals of `scan(end, outLimit, minRun)`.
const [END, OUT_LIMIT, MIN_RUN, I, P, ROW, RUN, B, O, Q, IS_BASE64] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
];

/** Appends the record `(first, second)` at `o` and advances `o`. */
const emit = (first: number[], second: number[]): number[] => [
  ...get(O),
  ...first,
  ...store32(0),
  ...get(O),
  ...second,
  ...store32(4),
  ...get(O),
  ...i32(8),
  op.i32Add,
  ...set(O),
];

// prettier-ignore
const SCAN_BODY: number[] = [
  ...i32(0), ...load32(HEADER.index), ...set(I),
  ...i32(0), ...load32(HEADER.position), ...set(P),
  ...i32(0), ...load32(HEADER.row), ...set(ROW),
  ...i32(0), ...load32(HEADER.run), ...set(RUN),
  ...i32(0), ...load32(HEADER.out), ...set(O),
  op.block, VOID, op.loop, VOID,
  ...get(I), ...get(END), op.i32GeU, op.brIf, 1,
  ...get(O), ...get(OUT_LIMIT), op.i32GtU, op.brIf, 1,
  ...get(I), ...load8(), ...set(B),
  ...get(I), ...i32(1), op.i32Add, ...set(I),
  // Q: this character's UTF-16 index. P: the index after it (a continuation byte adds nothing, a
  // four-byte sequence is a surrogate pair).
  ...get(P), ...set(Q),
  ...get(P), ...get(B), ...i32(0xc0), op.i32And, ...i32(0x80), op.i32Ne, op.i32Add,
  ...get(B), ...i32(0xf0), op.i32GeU, op.i32Add, ...set(P),
  // Runs of base64 characters: a record (~start, end) when a long enough run ends. Selects
  // instead of branches, since words and spaces alternate too fast to predict.
  ...get(B), ...load8(BASE64_TABLE), ...set(IS_BASE64),
  ...get(IS_BASE64), ...i32(1), op.i32Xor,
  ...get(Q), ...get(RUN), op.i32Sub, ...get(MIN_RUN), op.i32GeS, op.i32And,
  ...get(RUN), ...i32(0), op.i32GeS, op.i32And,
  op.if, VOID, ...emit([...get(RUN), ...i32(-1), op.i32Xor], get(Q)), op.end,
  ...get(Q), ...get(RUN), ...get(RUN), ...i32(0), op.i32LtS, op.select,
  ...i32(-1), ...get(IS_BASE64), op.select, ...set(RUN),
  // One transition; a negative row (bitwise not) marks a state where keywords end: a record
  // (row, end of the keyword).
  ...get(ROW), ...get(B), ...load8(CLASS_TABLE), ...i32(2), op.i32Shl, op.i32Add,
  ...load32(DELTA), op.localTee, ROW, ...i32(0), op.i32LtS, op.if, VOID,
  ...get(ROW), ...i32(-1), op.i32Xor, ...set(ROW),
  ...emit(get(ROW), get(P)),
  op.end,
  op.br, 0,
  op.end, op.end,
  ...i32(0), ...get(I), ...store32(HEADER.index),
  ...i32(0), ...get(P), ...store32(HEADER.position),
  ...i32(0), ...get(ROW), ...store32(HEADER.row),
  ...i32(0), ...get(RUN), ...store32(HEADER.run),
  ...i32(0), ...get(O), ...store32(HEADER.out),
  op.end,
];

export function buildModuleBytes(): Uint8Array<ArrayBuffer> {
  const locals = vector([[8, I32]]);
  const body = [...locals, ...SCAN_BODY];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector([[0x60, ...vector([[I32], [I32], [I32]]), ...vector([])]])),
    ...section(2, vector([[...name('env'), ...name('memory'), 0x02, 0x00, 1]])),
    ...section(3, vector([[0]])),
    ...section(7, vector([[...name('scan'), 0x00, 0]])),
    ...section(10, vector([[...unsigned(body.length), ...body]])),
  ]);
}
