import type { TextVariant } from './normalize';
import { decodeBase64 } from './validators/base64';

// Short enough that a pasted image is not decoded; the scan's keyword pass finds the runs.
const MAX_RUN = 8192;
// At least nine in ten decoded bytes printable (in whole numbers, so no rounding decides).
function isMostlyPrintable(bytes: string, total: number): boolean {
  return countUnprintable(bytes) * 10 <= total;
}

const isPrintable = (byte: number): boolean =>
  (byte >= 0x20 && byte < 0x7f) || byte === 0x0a || byte === 0x0d || byte === 0x09;

function countUnprintable(binary: string): number {
  let count = 0;
  for (let i = 0; i < binary.length; i++) if (!isPrintable(binary.charCodeAt(i))) count++;
  return count;
}

// Characters decoded first, to turn away binary (hashes, integrity strings, images) cheaply.
const PREFIX = 32;

// Mostly printable: base64 of text, not of an image or a compressed blob. The first few bytes
// alone often hold more unprintable ones than the whole run may have, which settles it early.
function decodePrintable(run: string): string | undefined {
  const mostBytes = Math.floor((run.length * 3) / 4);
  if (run.length > PREFIX && !isMostlyPrintable(decodeBase64(run.slice(0, PREFIX)), mostBytes)) {
    return undefined;
  }

  const binary = decodeBase64(run);
  return binary !== '' && isMostlyPrintable(binary, binary.length) ? binary : undefined;
}

// Text, not an identifier or a hash: base64 of text mixes cases and is no plain word. One loop
// over the character codes, as this runs for every run in a long paste.
function isCandidateRun(text: string, from: number, to: number): boolean {
  let classes = 0;
  for (let i = from; i < to && classes !== 7; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) classes |= 1;
    else if (code >= 65 && code <= 90) classes |= 2;
    else classes |= 4;
  }

  return classes === 7;
}

/**
 * Decoded copies of the base64 runs in `text` that decode to text. A finding in a decoded copy
 * covers every base64 character that carries one of its bits.
 */
export function findBase64Variants(
  text: string,
  runs: readonly number[],
  skip: (start: number, end: number) => boolean,
): TextVariant[] {
  const variants: TextVariant[] = [];
  for (let i = 0; i + 1 < runs.length; i += 2) {
    const from = runs[i] ?? 0;
    let to = runs[i + 1] ?? 0;
    if (to - from > MAX_RUN || !isCandidateRun(text, from, to)) continue;

    // Up to two `=` of padding belong to the run.
    while (to < text.length && to - (runs[i + 1] ?? 0) < 2 && text.charAt(to) === '=') to++;
    if (skip(from, to)) continue;

    const run = text.slice(from, to);
    const decoded = decodePrintable(run);
    if (decoded === undefined) continue;

    variants.push({
      text: decoded,
      toOriginal: (start, end) => [
        from + Math.floor(start / 3) * 4,
        from + Math.min(run.length, Math.ceil(end / 3) * 4),
      ],
      isRewritten: () => true,
    });
  }

  return variants;
}
