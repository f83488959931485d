// Labelled personal data for the documents evaluation, generated with valid (and, for the
// look-alikes, deliberately broken) checksums from a fixed seed, so every run scores the same.

/** A small deterministic pseudo-random generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

function digits(random: () => number, count: number): string {
  return Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
}

function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let index = 0; index < body.length; index += 1) {
    let digit = Number(body[body.length - 1 - index]);
    if (index % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }

  return (10 - (sum % 10)) % 10;
}

const CARD_PREFIXES: readonly (readonly [string, number])[] = [
  ['4', 16],
  ['51', 16],
  ['55', 16],
  ['2221', 16],
  ['2720', 16],
  ['34', 15],
  ['37', 15],
  ['6011', 16],
  ['65', 16],
  ['3530', 16],
  ['62', 19],
  ['36', 14],
];

function groupCard(number: string, separator: string): string {
  if (number.length === 15)
    return [number.slice(0, 4), number.slice(4, 10), number.slice(10)].join(separator);
  return number.match(/.{1,4}/g)?.join(separator) ?? number;
}

/** Card numbers that pass Luhn, and the same numbers with the last digit changed. */
export function cardNumbers(random: () => number): { valid: string[]; broken: string[] } {
  const valid: string[] = [];
  const broken: string[] = [];
  CARD_PREFIXES.forEach(([prefix, length], index) => {
    const body = prefix + digits(random, length - prefix.length - 1);
    const check = luhnCheckDigit(body);
    const separator = ['', ' ', '-'][index % 3] ?? '';
    valid.push(groupCard(body + String(check), separator));
    broken.push(groupCard(body + String((check + 1) % 10), separator));
  });
  return { valid, broken };
}

function ibanCheckDigits(country: string, bban: string): string {
  const rearranged = `${bban}${country}00`.replace(/[A-Z]/g, (char) =>
    String(char.charCodeAt(0) - 55),
  );
  let remainder = 0;
  for (const digit of rearranged) remainder = (remainder * 10 + Number(digit)) % 97;
  return String(98 - remainder).padStart(2, '0');
}

export const IBAN_COUNTRY_LENGTHS: readonly (readonly [string, number])[] = [
  ['DE', 22],
  ['FR', 27],
  ['GB', 22],
  ['NL', 18],
  ['ES', 24],
  ['IT', 27],
  ['PT', 25],
  ['BE', 16],
  ['CH', 21],
  ['AT', 20],
  ['PL', 28],
  ['NO', 15],
  ['RU', 33],
  ['YE', 30],
];

/** IBANs with valid check digits, printed in groups of four or not, and broken copies. */
export function ibans(random: () => number): { valid: string[]; broken: string[] } {
  const valid: string[] = [];
  const broken: string[] = [];
  IBAN_COUNTRY_LENGTHS.forEach(([country, length], index) => {
    const bban = digits(random, length - 4);
    const iban = `${country}${ibanCheckDigits(country, bban)}${bban}`;
    const printed = index % 2 === 0 ? iban : (iban.match(/.{1,4}/g)?.join(' ') ?? iban);
    valid.push(printed);
    const last = Number(printed.at(-1));
    broken.push(`${printed.slice(0, -1)}${(last + 1) % 10}`);
  });
  return { valid, broken };
}

/** SSNs in valid ranges, and numbers the SSA never issues. */
export function socialSecurityNumbers(random: () => number): { valid: string[]; broken: string[] } {
  const valid = Array.from({ length: 8 }, () => {
    const area = String(1 + Math.floor(random() * 665)).padStart(3, '0');
    const group = String(1 + Math.floor(random() * 98)).padStart(2, '0');
    const serial = String(1 + Math.floor(random() * 9998)).padStart(4, '0');
    return `${area}-${group}-${serial}`;
  });
  const broken = ['666-12-3456', '000-12-3456', '912-34-5678', '123-00-4567', '123-45-0000'];
  return { valid, broken };
}
