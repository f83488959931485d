/**
 * A preview that shows what kind of value was found without giving it away: at most the first
 * min(4, len/4) and last min(3, len/8) characters, so no 8-character run of a value survives.
 */
export function maskValue(value: string): string {
  // Code points, so a mask never splits an emoji or other astral character in half.
  const chars = Array.from(value);
  const head = Math.min(4, Math.floor(chars.length / 4));
  const tail = Math.min(3, Math.floor(chars.length / 8));
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}
