/** Shannon entropy of `text` in bits per character (0 for an empty string). */
export function computeEntropy(text: string): number {
  if (text.length === 0) return 0;

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

/** How many of lower case, upper case, digits and symbols occur in `text` (0–4). */
export function countCharacterClasses(text: string): number {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Z0-9]/i];
  return classes.filter((pattern) => pattern.test(text)).length;
}
