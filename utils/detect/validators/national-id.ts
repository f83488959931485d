/**
 * The German tax identification number (Steuer-ID): 11 digits, no leading zero, in the first
 * ten one digit appears two or three times and (at most) one is missing, check digit ISO 7064
 * MOD 11,10.
 */
export function isGermanTaxId(value: string): boolean {
  const digits = value.replace(/\s/g, '');
  if (!/^[1-9]\d{10}$/.test(digits)) return false;

  const counts = new Map<string, number>();
  for (const digit of digits.slice(0, 10)) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts.values()].filter((count) => count > 1);
  if (repeated.length !== 1 || (repeated[0] ?? 0) > 3) return false;

  let product = 10;
  for (const digit of digits.slice(0, 10)) {
    const sum = (Number(digit) + product) % 10 || 10;
    product = (sum * 2) % 11;
  }

  const check = (11 - product) % 10;
  return check === Number(digits[10]);
}

/** The Dutch citizen service number (BSN): nine digits passing the "elfproef". */
export function isDutchBsn(value: string): boolean {
  const digits = value.replace(/[\s.]/g, '');
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;

  let sum = 0;
  for (let index = 0; index < 8; index += 1) sum += Number(digits[index]) * (9 - index);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

// Prefixes HMRC never allocates, and letters it never uses in the first two places.
const INVALID_NINO_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** A UK National Insurance number: two letters, six digits, a suffix A–D. */
export function isUkNino(value: string): boolean {
  const nino = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(nino)) return false;

  return !INVALID_NINO_PREFIXES.has(nino.slice(0, 2));
}
