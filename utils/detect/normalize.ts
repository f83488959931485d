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
  /** Whether the variant span differs from the original text there (so it is news). */
  readonly isRewritten: (start: number, end: number) => boolean;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

// Zero-width characters and soft hyphens; quote-plus-quote joins (on one line or across a
// break); backslash escapes from JSON strings; percent-encoded bytes.
const EDIT_SITES =
  /[\u00AD\u200B-\u200D\u2060\uFEFF]|(["'`])[ \t]*(?:\+[ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*\+[ \t]*)\1|\\[nrt/]|%[\dA-F]{2}/gi;

const QUICK_CHECK = /[\u00AD\u200B-\u200D\u2060\uFEFF\\%+]/;

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '/': '/' };

// Context kept on each side of the rewritten spots, enough for the longest token around them.
const MARGIN = 700;

function toEdit(match: RegExpExecArray): Edit | undefined {
  const site = match[0];
  const start = match.index;
  const end = start + site.length;
  if (site.startsWith('\\')) return { start, end, replacement: ESCAPES[site.charAt(1)] ?? '' };
  if (!site.startsWith('%')) return { start, end, replacement: '' };

  // Only printable ASCII: decoding `%00` or UTF-8 fragments would not reveal a key.
  const code = Number.parseInt(site.slice(1), 16);
  return code >= 0x20 && code < 0x7f
    ? { start, end, replacement: String.fromCharCode(code) }
    : undefined;
}

function collectEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const match of text.matchAll(EDIT_SITES)) {
    const edit = toEdit(match);
    if (edit) edits.push(edit);
  }

  return edits;
}

function buildVariant(text: string, from: number, to: number, edits: readonly Edit[]): TextVariant {
  // A rewrite never makes the text longer, so typed arrays of the island's length suffice.
  const starts = new Int32Array(to - from);
  const ends = new Int32Array(to - from);
  const rewritten = new Uint8Array(to - from);
  const parts: string[] = [];
  let length = 0;
  let cursor = from;
  const copyUntil = (limit: number): void => {
    parts.push(text.slice(cursor, limit));
    for (let i = cursor; i < limit; i++, length++) {
      starts[length] = i;
      ends[length] = i + 1;
    }
  };

  for (const edit of edits) {
    copyUntil(edit.start);
    parts.push(edit.replacement);
    for (let i = 0; i < edit.replacement.length; i++, length++) {
      starts[length] = edit.start;
      ends[length] = edit.end;
      rewritten[length] = 1;
    }

    // A deletion leaves no character behind, so the character before it carries the news.
    if (edit.replacement === '' && length > 0) rewritten[length - 1] = 1;
    cursor = edit.end;
  }

  copyUntil(to);
  return {
    text: parts.join(''),
    toOriginal: (start, end) => [starts[start] ?? from, ends[end - 1] ?? to],
    isRewritten: (start, end) => rewritten.subarray(start, end).includes(1),
  };
}

/** Rewritten copies of the parts of `text` that hold disguises; none when there are none. */
export function findTextVariants(text: string): TextVariant[] {
  if (!QUICK_CHECK.test(text)) return [];

  const edits = collectEdits(text);
  const variants: TextVariant[] = [];
  let group: Edit[] = [];
  const flush = (): void => {
    const first = group[0];
    const last = group.at(-1);
    if (!first || !last) return;

    const from = Math.max(0, first.start - MARGIN);
    variants.push(buildVariant(text, from, Math.min(text.length, last.end + MARGIN), group));
    group = [];
  };

  for (const edit of edits) {
    const last = group.at(-1);
    if (last && edit.start - last.end > 2 * MARGIN) flush();
    group.push(edit);
  }

  flush();
  return variants;
}
