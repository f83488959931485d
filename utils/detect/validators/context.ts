import type { MatchContext } from '../types';

/** The text of the match's own line before the match, at most `radius` characters of it. */
export function textBefore({ text, start }: MatchContext, radius: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return text.slice(Math.max(lineStart, start - radius), start);
}

/** The text of the match's own line after the match, at most `radius` characters of it. */
export function textAfter({ text, end }: MatchContext, radius: number): string {
  const lineEnd = text.indexOf('\n', end);
  return text.slice(end, Math.min(lineEnd === -1 ? text.length : lineEnd, end + radius));
}

/** The whole line the match sits on. */
export function lineAround({ text, start, end }: MatchContext): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
}

const TABLE_ROW = /[\t,;|]/;

// In a table the context word is the column name, far away in the header: the first line of
// the paragraph the row belongs to, when that row looks delimited.
function headerLine({ text, start }: MatchContext): string {
  const paragraphStart = text.lastIndexOf('\n\n', start);
  const headerStart = paragraphStart === -1 ? 0 : paragraphStart + 2;
  const headerEnd = text.indexOf('\n', headerStart);
  return text.slice(headerStart, headerEnd === -1 ? text.length : headerEnd);
}

/**
 * Whether one of `words` (a case-insensitive pattern without flags) is written just before the
 * match on its line, or names the column in the header of the table the match sits in.
 */
export function hasContextWord(context: MatchContext, words: RegExp, radius = 40): boolean {
  if (words.test(textBefore(context, radius))) return true;
  if (!TABLE_ROW.test(lineAround(context))) return false;

  const header = headerLine(context);
  return header !== lineAround(context) && words.test(header);
}
