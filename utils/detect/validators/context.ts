import type { MatchContext } from '../types';

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

const TABLE_ROW = /[\t,;|]/;

let indexedText: string | undefined;
let paragraphStarts: number[] = [0];

// Where each paragraph (a run of lines after a blank line) starts, computed once per text, since
// every row of a large table asks for its header.
function findParagraphStart(text: string, position: number): number {
  if (text !== indexedText) {
    indexedText = text;
    paragraphStarts = [0];
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
function headerLine({ text, start }: MatchContext): string {
  const headerStart = findParagraphStart(text, start);
  const window = text.slice(headerStart, headerStart + LINE_WINDOW);
  const headerEnd = window.indexOf('\n');
  return headerEnd === -1 ? window : window.slice(0, headerEnd);
}

/**
 * Whether one of `words` (a case-insensitive pattern without flags) is written just before the
 * match on its line, or names the column in the header of the table the match sits in.
 */
export function hasContextWord(context: MatchContext, words: RegExp, radius = 40): boolean {
  if (words.test(textBefore(context, radius))) return true;

  const line = lineAround(context);
  if (!TABLE_ROW.test(line)) return false;

  const header = headerLine(context);
  return !header.includes(context.text.slice(context.start, context.end)) && words.test(header);
}
