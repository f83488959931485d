import { isFoldable, toAscii } from './look-alikes';

/**
 * Rewrites that undo the ways a secret gets disguised on its way into a paste: invisible
 * characters, string concatenation across lines, JSON escapes and percent-encoding. The scan
 * runs again on the rewritten text and maps each finding back, so spans always point into the
 * original text and a redaction removes exactly what was found.
 */
export interface TextVariant {
  readonly text: string;
  /** The original span `[start, end)` that the variant's span covers. */
  readonly toOriginal: (start: number, end: number) => readonly [number, number];
  /**
   * Whether the variant differs from the original in the span or right beside it (so it is
   * news): a decoded `\n` just before a token is the boundary its pattern waits for.
   */
  readonly isRewritten: (start: number, end: number) => boolean;
}

// The edit sites as flat triples: start, end, the code of the character that replaces them
// (DELETE for none). `\n` × 32K has 32K sites: one growing typed array, no object per site.
interface EditList {
  data: Int32Array;
  length: number;
}

const DELETE = -1;
const QUICK_CHECK = /[\u00AD\u200B-\u200D\u2060\uFEFF\\%+]/;
// A disguise starts with an invisible character, a backslash, a percent sign or a quote; a
// quote only when a `+` follows it (after blanks, perhaps across one line break), since JSON
// and code are full of quotes and the regex skips the others without a call back into ours.
const SITE_START = /[\u00AD\u200B-\u200D\u2060\uFEFF\\%]|["'`](?=[ \t]*(?:\+|\r?\n[ \t]*\+))/;
// Look-alike letters get a pass of their own, only in text that has any of their scripts: in
// the regex above, their long class would cost every other text its fast search.
const LOOK_ALIKE_SCRIPTS = /[\u0370-\u052F\uFF01-\uFF5E]/;
const LOOK_ALIKE_SITE = new RegExp(LOOK_ALIKE_SCRIPTS.source, 'g');

// Context kept on each side of the rewritten spots, enough for the longest token around them.
const MARGIN = 700;
// String.fromCharCode takes its characters as arguments; this many stay far below any limit.
const DECODE_CHUNK = 4096;

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const PLUS = 0x2b;
const PERCENT = 0x25;
const BACKSLASH = 0x5c;

// JSON string escapes; `\N` and its kin (the letters compared case-blind) are dropped.
const ESCAPES: Readonly<Record<string, number>> = {
  n: LF,
  r: CR,
  t: TAB,
  '/': 0x2f,
  N: DELETE,
  R: DELETE,
  T: DELETE,
};

function addEdit(edits: EditList, start: number, end: number, replacement: number): void {
  if (edits.length + 3 > edits.data.length) {
    const grown = new Int32Array(edits.data.length * 2);
    grown.set(edits.data);
    edits.data = grown;
  }

  edits.data[edits.length++] = start;
  edits.data[edits.length++] = end;
  edits.data[edits.length++] = replacement;
}

function hexDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1;
}

// The code at `i`, or -1 past the end. Reading past the end gives NaN, and V8 throws away the
// optimised code of a loop that does so: on a 64 KB paste the next call starts cold again.
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

function skipBlanks(text: string, from: number): number {
  let i = from;
  while (codeAt(text, i) === SPACE || codeAt(text, i) === TAB) i++;
  return i;
}

// Just past a `\n` or `\r\n` at `from`, or -1.
function skipBreak(text: string, from: number): number {
  if (codeAt(text, from) === LF) return from + 1;
  return codeAt(text, from) === CR && codeAt(text, from + 1) === LF ? from + 2 : -1;
}

// Where a quote-plus-quote join that starts at the quote `at` ends (`"abc" +\n  "def"` joins
// `abc` and `def`): blanks, a plus and at most one line break in either order, then the same
// quote again. -1 when there is none.
function findJoinEnd(text: string, at: number): number {
  const quote = text.charCodeAt(at);
  let i = skipBlanks(text, at + 1);
  if (codeAt(text, i) === PLUS) {
    i = skipBlanks(text, i + 1);
    const afterBreak = skipBreak(text, i);
    if (afterBreak >= 0) i = skipBlanks(text, afterBreak);
  } else {
    i = skipBreak(text, i);
    if (i < 0) return -1;

    i = skipBlanks(text, i);
    if (codeAt(text, i) !== PLUS) return -1;

    i = skipBlanks(text, i + 1);
  }

  return codeAt(text, i) === quote ? i + 1 : -1;
}

// Records the disguise that starts at `i`, if any, and returns where reading goes on.
function readSite(text: string, i: number, edits: EditList): number {
  const code = text.charCodeAt(i);
  if (code === BACKSLASH) {
    const escaped = ESCAPES[text.charAt(i + 1)];
    if (escaped === undefined) return i + 1;

    addEdit(edits, i, i + 2, escaped);
    return i + 2;
  }

  if (code === PERCENT) {
    const high = hexDigit(codeAt(text, i + 1));
    const low = high >= 0 ? hexDigit(codeAt(text, i + 2)) : -1;
    if (low < 0) return i + 1;

    // Printable ASCII and the breaks between tokens (`%0A`): decoding `%00` or UTF-8
    // fragments would not reveal a key.
    const byte = high * 16 + low;
    const isSeparator = byte === LF || byte === CR || byte === TAB;
    if ((byte >= 0x20 && byte < 0x7f) || isSeparator) addEdit(edits, i, i + 3, byte);
    return i + 3;
  }

  if (code === 0x22 || code === 0x27 || code === 0x60) {
    const joinEnd = findJoinEnd(text, i);
    if (joinEnd < 0) return i + 1;

    addEdit(edits, i, joinEnd, DELETE);
    return joinEnd;
  }

  // The rest of SITE_START: invisible characters, dropped.
  addEdit(edits, i, i + 1, DELETE);
  return i + 1;
}

// The regex skips the plain text between sites natively (a 64 KB paste with one `%20` costs
// ~0.1 ms, not a loop over every character); each site is then read from its character codes,
// as a match object per site would cost more than the site itself.
function collectEdits(text: string): EditList {
  const edits: EditList = { data: new Int32Array(3 * 64), length: 0 };
  const siteStart = new RegExp(SITE_START.source, 'g');
  let i = 0;
  while (i < text.length) {
    siteStart.lastIndex = i;
    if (!siteStart.test(text)) break;

    i = readSite(text, siteStart.lastIndex - 1, edits);
  }

  return LOOK_ALIKE_SCRIPTS.test(text) ? mergeEdits(edits, collectLookAlikes(text)) : edits;
}

// Look-alike letters become the ASCII they imitate, in a token that mixes scripts.
function collectLookAlikes(text: string): EditList {
  const edits: EditList = { data: new Int32Array(3 * 16), length: 0 };
  for (const match of text.matchAll(LOOK_ALIKE_SITE)) {
    const i = match.index;
    const ascii = toAscii(text.charCodeAt(i));
    if (ascii >= 0 && isFoldable(text, i)) addEdit(edits, i, i + 1, ascii);
  }

  return edits;
}

// Two lists of edits, each in order, as one list in order. No edit of one lies inside an edit of
// the other: a look-alike is a letter, and no other site spans a letter.
function mergeEdits(a: EditList, b: EditList): EditList {
  if (b.length === 0) return a;

  const merged: EditList = { data: new Int32Array(a.length + b.length), length: 0 };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const takeA = j >= b.length || (i < a.length && (a.data[i] ?? 0) < (b.data[j] ?? 0));
    const source = takeA ? a : b;
    const at = takeA ? i : j;
    addEdit(merged, source.data[at] ?? 0, source.data[at + 1] ?? 0, source.data[at + 2] ?? 0);
    if (takeA) i += 3;
    else j += 3;
  }

  return merged;
}

function decodeCodes(codes: Uint16Array, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += DECODE_CHUNK) {
    const chunk = codes.subarray(i, Math.min(length, i + DECODE_CHUNK));
    text += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }

  return text;
}

// The island `[from, to)` of `text` with the edits `edits[first…last)` (triples) applied, one
// character at a time into typed arrays: a rewrite never makes the text longer.
function buildVariant(
  text: string,
  from: number,
  to: number,
  { data }: EditList,
  first: number,
  last: number,
): TextVariant {
  const codes = new Uint16Array(to - from);
  const starts = new Int32Array(to - from);
  const ends = new Int32Array(to - from);
  const rewritten = new Uint8Array(to - from);
  let length = 0;
  let cursor = from;
  const copyUntil = (limit: number): void => {
    for (; cursor < limit; cursor++, length++) {
      codes[length] = text.charCodeAt(cursor);
      starts[length] = cursor;
      ends[length] = cursor + 1;
    }
  };

  for (let edit = first; edit < last; edit += 3) {
    const editStart = data[edit] ?? cursor;
    const editEnd = data[edit + 1] ?? editStart;
    const replacement = data[edit + 2] ?? DELETE;
    copyUntil(editStart);
    if (replacement !== DELETE) {
      codes[length] = replacement;
      starts[length] = editStart;
      ends[length] = editEnd;
      rewritten[length++] = 1;
    } else if (length > 0) {
      // A deletion leaves no character behind, so the character before it carries the news.
      rewritten[length - 1] = 1;
    }

    cursor = editEnd;
  }

  copyUntil(to);
  return {
    text: decodeCodes(codes, length),
    toOriginal: (start, end) => [starts[start] ?? from, ends[end - 1] ?? to],
    isRewritten: (start, end) => rewritten.subarray(Math.max(0, start - 1), end + 1).includes(1),
  };
}

/** Rewritten copies of the parts of `text` that hold disguises; none when there are none. */
export function findTextVariants(text: string): TextVariant[] {
  if (!QUICK_CHECK.test(text) && !LOOK_ALIKE_SCRIPTS.test(text)) return [];

  const edits = collectEdits(text);
  const { data } = edits;
  const variants: TextVariant[] = [];
  // Edits closer than two margins share one island, so no text is scanned twice.
  let first = 0;
  for (let edit = 0; edit < edits.length; edit += 3) {
    const next = edit + 3;
    const isGap = next >= edits.length || (data[next] ?? 0) - (data[edit + 1] ?? 0) > 2 * MARGIN;
    if (!isGap) continue;

    const from = Math.max(0, (data[first] ?? 0) - MARGIN);
    const to = Math.min(text.length, (data[edit + 1] ?? 0) + MARGIN);
    variants.push(buildVariant(text, from, to, edits, first, next));
    first = next;
  }

  return variants;
}
