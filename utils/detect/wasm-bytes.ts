/**
 * Just enough of the WebAssembly binary format to write one small module by hand: numbers in
 * LEB128, length-prefixed vectors and sections, and the opcodes the keyword search uses.
 */
export const op = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  else: 0x05,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  select: 0x1b,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  i32Load: 0x28,
  i32Load8U: 0x2d,
  i32Store: 0x36,
  i32Const: 0x41,
  i32LtS: 0x48,
  i32GtU: 0x4b,
  i32GeS: 0x4e,
  i32GeU: 0x4f,
  i32Ne: 0x47,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32And: 0x71,
  i32Xor: 0x73,
  i32Shl: 0x74,
} as const;

/** Block type "no result", for block, loop and if. */
export const VOID = 0x40;
export const I32 = 0x7f;

export function unsigned(value: number): number[] {
  const bytes: number[] = [];
  let rest = value >>> 0;
  do {
    const byte = rest & 0x7f;
    rest >>>= 7;
    bytes.push(rest === 0 ? byte : byte | 0x80);
  } while (rest !== 0);
  return bytes;
}

export function signed(value: number): number[] {
  const bytes: number[] = [];
  let rest = value | 0;
  for (;;) {
    const byte = rest & 0x7f;
    rest >>= 7;
    const done = (rest === 0 && (byte & 0x40) === 0) || (rest === -1 && (byte & 0x40) !== 0);
    bytes.push(done ? byte : byte | 0x80);
    if (done) return bytes;
  }
}

export function vector(items: readonly (readonly number[])[]): number[] {
  return [...unsigned(items.length), ...items.flat()];
}

export function name(text: string): number[] {
  const bytes = [...new TextEncoder().encode(text)];
  return [...unsigned(bytes.length), ...bytes];
}

export function section(id: number, body: readonly number[]): number[] {
  return [id, ...unsigned(body.length), ...body];
}

/** `i32.load`/`i32.store` (4-byte aligned) and `i32.load8_u` with a constant address offset. */
export const load32 = (offset = 0): number[] => [op.i32Load, 2, ...unsigned(offset)];
export const store32 = (offset = 0): number[] => [op.i32Store, 2, ...unsigned(offset)];
export const load8 = (offset = 0): number[] => [op.i32Load8U, 0, ...unsigned(offset)];
export const get = (local: number): number[] => [op.localGet, local];
export const set = (local: number): number[] => [op.localSet, local];
export const i32 = (value: number): number[] => [op.i32Const, ...signed(value)];
