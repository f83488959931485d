import type { ContextKeyword, MatchContext, RuleContext } from '../types';

// Every look around a match is bounded: a validator runs once per match, and an unbounded search
// for the line's start would make a long single-line paste quadratic.
const LINE_WINDOW = 240;

/** The text of the match's own line before the match, at most `radius` characters of it. */
export function textBefore({ text, start }: MatchContext, radius: number): string {
  const window = text.slice(Math.max(0, start - radius), start);
  return window.slice(window.lastIndexOf('\n') + 1);
}

/** The text of the match's own line after the match, at most `radius` characters of it. */
export function textAfter({ text, end }: MatchContext, radius: number): string {
  const window = text.slice(end, end + radius);
  const lineEnd = window.indexOf('\n');
  return lineEnd === -1 ? window : window.slice(0, lineEnd);
}

/**
 * The line the match sits on, cut to LINE_WINDOW characters either side: enough to tell a short
 * banner or header line from a long one.
 */
export function lineAround(context: MatchContext): string {
  const value = context.text.slice(context.start, context.end);
  return textBefore(context, LINE_WINDOW) + value + textAfter(context, LINE_WINDOW);
}

// What separates the cells of a table row: tab, comma, semicolon or pipe.
function isCellSeparator(code: number): boolean {
  return code === 9 || code === 44 || code === 59 || code === 124;
}

// Whether lineAround(context) holds a cell separator, read in place: this runs for every match
// of a rule that looks for a column name, and most lines in a long paste are not table rows.
function isTableRow({ text, start, end }: MatchContext): boolean {
  const from = Math.max(0, start - LINE_WINDOW);
  for (let index = start - 1; index >= from; index -= 1) {
    const code = text.charCodeAt(index);
    if (code === 10) break;
    if (isCellSeparator(code)) return true;
  }

  for (let index = start; index < end; index += 1) {
    if (isCellSeparator(text.charCodeAt(index))) return true;
  }

  const to = Math.min(text.length, end + LINE_WINDOW);
  for (let index = end; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10) break;
    if (isCellSeparator(code)) return true;
  }

  return false;
}

interface HeaderCache {
  readonly start: number;
  readonly line: string;
  /** Per word pattern, whether it occurs in the line. */
  readonly hasWords: Map<RegExp, boolean>;
}

// The rows of one table share a header: read it, and test each rule's words on it, once.
let headerCache: HeaderCache | undefined;

let indexedText: string | undefined;
let paragraphStarts: number[] = [0];

// Where each paragraph (a run of lines after a blank line) starts, computed once per text, since
// every row of a large table asks for its header.
function findParagraphStart(text: string, position: number): number {
  if (text !== indexedText) {
    indexedText = text;
    paragraphStarts = [0];
    headerCache = undefined;
    for (let index = text.indexOf('\n\n'); index !== -1; index = text.indexOf('\n\n', index + 1)) {
      paragraphStarts.push(index + 2);
    }
  }

  let low = 0;
  let high = paragraphStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((paragraphStarts[middle] ?? 0) <= position) low = middle;
    else high = middle - 1;
  }

  return paragraphStarts[low] ?? 0;
}

// In a table the context word is the column name, far away in the header: the first line of
// the paragraph the row belongs to, when that row looks delimited.
function findHeader({ text, start }: MatchContext): HeaderCache {
  const headerStart = findParagraphStart(text, start);
  if (headerCache?.start === headerStart) return headerCache;

  const window = text.slice(headerStart, headerStart + LINE_WINDOW);
  const headerEnd = window.indexOf('\n');
  const line = headerEnd === -1 ? window : window.slice(0, headerEnd);
  headerCache = { start: headerStart, line, hasWords: new Map() };
  return headerCache;
}

/**
 * Whether one of `words` (a case-insensitive pattern without flags) is written just before the
 * match on its line, or names the column in the header of the table the match sits in.
 */
export function hasContextWord(context: MatchContext, words: RegExp, radius = 40): boolean {
  if (words.test(textBefore(context, radius))) return true;

  // The header's answer is kept for the whole table, so it goes first: most matches in a long
  // paste sit under a header without the words, and their line need not be read at all.
  const header = findHeader(context);
  let hasWords = header.hasWords.get(words);
  if (hasWords === undefined) {
    hasWords = words.test(header.line);
    header.hasWords.set(words, hasWords);
  }

  if (!hasWords || !isTableRow(context)) return false;

  return !header.line.includes(context.text.slice(context.start, context.end));
}

/** Whether the rule's context words are in reach of the match; see Rule.context. */
export function hasRuleContext(match: MatchContext, context: RuleContext): boolean {
  return hasContextWord(match, context.words, context.radius);
}

/** Context keywords that may stand anywhere, even inside a longer word. */
export function containing(...texts: string[]): ContextKeyword[] {
  return texts.map((text) => ({ text }));
}

/** A context keyword the word pattern wants as a whole word (`\bdob\b`). */
export function wholeWord(text: string): ContextKeyword {
  return { text, startsWord: true, endsWord: true };
}

/** A context keyword the word pattern wants at the start of a word (`\bidnr`). */
export function wordStart(text: string): ContextKeyword {
  return { text, startsWord: true };
}

// What `\b` counts as a word character: ASCII letters, digits and the underscore.
function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95
  );
}

let paragraphEnd = { text: '', start: -1, end: -1 };

// Where the paragraph starting at `start` ends: at the next paragraph start, as
// findParagraphStart counts them. Kept for the last paragraph, whose header may hold many hits.
function findParagraphEnd(text: string, start: number): number {
  if (paragraphEnd.text === text && paragraphEnd.start === start) return paragraphEnd.end;

  const next = text.indexOf('\n\n', Math.max(0, start - 1));
  paragraphEnd = { text, start, end: next === -1 ? text.length : next + 2 };
  return paragraphEnd.end;
}

/**
 * Where a match must start for hasContextWord(…, radius) to see a context word that holds the
 * keyword written at [start, end): pushes `from, to` pairs onto `ranges`, both ends included. It
 * mirrors the two reads above: the `radius` characters before the match on its line, and the
 * header line of its paragraph. Both are slices, and `\b` holds at a slice's edge, so a keyword
 * inside a longer word still counts where a slice cuts that word right at the keyword.
 */
export function findContextReach(
  text: string,
  keyword: ContextKeyword,
  [start, end]: readonly [number, number],
  radius: number,
  ranges: number[],
): void {
  const startsWord =
    keyword.startsWord !== true || start === 0 || !isWordCode(text.charCodeAt(start - 1));
  const endsWord =
    keyword.endsWord !== true || end === text.length || !isWordCode(text.charCodeAt(end));

  // textBefore: the match starts after the keyword, at most `radius` after its start, and no line
  // break lies between them.
  let from = end;
  let to = start + radius;
  for (let index = end; index < to; index += 1) {
    if (text.charCodeAt(index) === 10) to = index;
  }

  if (!startsWord) from = Math.max(from, start + radius);
  if (!endsWord) to = Math.min(to, end);
  if (from <= to) ranges.push(from, to);

  // findHeader: the keyword lies in the first LINE_WINDOW characters of a paragraph's first line,
  // which every row of the paragraph reads.
  if (!startsWord) return;

  const lowest = Math.max(0, end - LINE_WINDOW - 1);
  let lineStart = lowest === 0 ? 0 : -1;
  for (let index = start - 1; index >= lowest; index -= 1) {
    if (text.charCodeAt(index) !== 10) continue;

    lineStart = index + 1;
    break;
  }

  const isParagraphStart = lineStart === 0 || (lineStart >= 2 && text[lineStart - 2] === '\n');
  if (lineStart < 0 || end > lineStart + LINE_WINDOW || !isParagraphStart) return;
  if (!endsWord && end !== lineStart + LINE_WINDOW) return;

  ranges.push(lineStart, findParagraphEnd(text, lineStart) - 1);
}
