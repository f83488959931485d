// Shannon entropy over code points, the general case: a Map keyed by character.
function computeCodePointEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) {
    counts.set(char, (counts.get(char) ?? 0) + 1);
  }

  let length = 0;
  for (const count of counts.values()) length += count;

  let bits = 0;
  for (const count of counts.values()) {
    const p = count / length;
    bits -= p * Math.log2(p);
  }

  return bits;
}

/** Shannon entropy of `text` in bits per character (0 for an empty string). */
export function computeEntropy(text: string): number {
  if (text.length === 0) return 0;

  // Every match is validated, and a hostile paste makes hundreds of 256-character ones, so ASCII
  // (nearly every token) is counted in a typed array. The terms are summed in order of first
  // appearance, as the Map does, so both ways give the very same number.
  const counts = new Uint32Array(128);
  const order: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return computeCodePointEntropy(text);

    const seen = counts[code] ?? 0;
    counts[code] = seen + 1;
    if (seen === 0) order.push(code);
  }

  let bits = 0;
  for (const code of order) {
    const p = (counts[code] ?? 0) / text.length;
    bits -= p * Math.log2(p);
  }

  return bits;
}

const CHARACTER_CLASSES = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Z0-9]/i];

/** How many of lower case, upper case, digits and symbols occur in `text` (0–4). */
export function countCharacterClasses(text: string): number {
  return CHARACTER_CLASSES.filter((pattern) => pattern.test(text)).length;
}
