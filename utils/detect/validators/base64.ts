/** `abc==` without its padding; a loop, because `/=+$/` backtracks on long runs of `=`. */
export function stripPadding(encoded: string): string {
  let end = encoded.length;
  while (end > 0 && encoded.charAt(end - 1) === '=') end--;
  return encoded.slice(0, end);
}

/** Decodes standard or URL-safe base64 to a byte string (one char per byte); "" when invalid. */
export function decodeBase64(encoded: string): string {
  const standard = stripPadding(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  if (standard.length % 4 === 1) return '';

  try {
    // atob, not Buffer: the scan runs in the content script too.
    return atob(standard);
  } catch {
    return '';
  }
}
