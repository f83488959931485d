/**
 * Letters from other scripts that look like ASCII ones, and full-width ASCII: `gһp_…` with a
 * Cyrillic shha reads as a GitHub token to a person, and to a model, but not to a pattern. The
 * scan folds them to ASCII in a rewritten copy of the text (see normalize.ts).
 */

// Cyrillic and Greek letters drawn like an ASCII letter, as [look-alike, ASCII] pairs.
const PAIRS =
  'аaеeоoрpсcуyхxһhіiјjѕsԁdԛqԝwкkмmтtвbнhАAВBЕEКKМMНHОOРPСCТTХXУYЅSІIЈJ' +
  'αaοoρpνvιiκkτtυuχxΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX';

const TO_ASCII = new Map<number, number>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  TO_ASCII.set(PAIRS.charCodeAt(i), PAIRS.charCodeAt(i + 1));
}

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xff01 - 0x21;

/** The ASCII character `code` stands for, or -1. */
export function toAscii(code: number): number {
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) return code - FULL_WIDTH_OFFSET;
  return TO_ASCII.get(code) ?? -1;
}

function isAsciiTokenChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f ||
    code === 0x2d
  );
}

// How far to look past other look-alikes for an ASCII neighbour.
const REACH = 32;

/**
 * Whether the look-alike at `i` sits in a token that also has ASCII letters, digits, `_` or `-`
 * right next to its run of look-alikes. Folding every Cyrillic or Greek word would rewrite
 * whole paragraphs of Russian or Greek prose; a key disguised this way mixes scripts. Full-width
 * characters are ASCII in another width and always fold.
 */
export function isFoldable(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) return true;

  for (const step of [-1, 1]) {
    let j = i + step;
    while (Math.abs(j - i) <= REACH && TO_ASCII.has(text.charCodeAt(j))) j += step;
    if (j >= 0 && j < text.length && isAsciiTokenChar(text.charCodeAt(j))) return true;
  }

  return false;
}
