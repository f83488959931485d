/** The Luhn (mod 10) check that every payment card number carries in its last digit. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index -= 1) {
    let digit = digits.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return false;
    if (double) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
    double = !double;
  }

  return digits.length > 0 && sum % 10 === 0;
}

interface IssuerRange {
  readonly low: number;
  readonly high: number;
  /** How many leading digits `low` and `high` cover. */
  readonly prefixLength: number;
  readonly lengths: readonly number[];
}

function range(low: number, high: number, lengths: readonly number[]): IssuerRange {
  return { low, high, prefixLength: String(low).length, lengths };
}

const SIXTEEN_TO_NINETEEN = [16, 17, 18, 19];

// Issuer identification ranges of the schemes people actually paste (ISO/IEC 7812): a number
// outside them is an order or account number that happens to pass Luhn, one time in ten.
const ISSUER_RANGES: readonly IssuerRange[] = [
  // Visa's 13-digit numbers are long retired, and EAN-13 product codes would collide with them.
  range(4, 4, [16, 19]), // Visa
  range(51, 55, [16]), // Mastercard
  range(2221, 2720, [16]), // Mastercard 2-series
  range(34, 34, [15]), // American Express
  range(37, 37, [15]),
  range(6011, 6011, SIXTEEN_TO_NINETEEN), // Discover
  range(644, 649, SIXTEEN_TO_NINETEEN),
  range(65, 65, SIXTEEN_TO_NINETEEN),
  range(3528, 3589, SIXTEEN_TO_NINETEEN), // JCB
  range(300, 305, [14, 16, 17, 18, 19]), // Diners Club
  range(36, 36, [14, 16, 17, 18, 19]),
  range(38, 39, [16, 17, 18, 19]),
  range(62, 62, SIXTEEN_TO_NINETEEN), // UnionPay
  range(50, 50, SIXTEEN_TO_NINETEEN), // Maestro (shorter ones collide with EAN-13 product codes)
  range(56, 58, SIXTEEN_TO_NINETEEN),
  range(67, 67, SIXTEEN_TO_NINETEEN),
  range(2200, 2204, [16, 17, 18, 19]), // Mir
];

export function hasCardIssuer(digits: string): boolean {
  return ISSUER_RANGES.some(({ low, high, prefixLength, lengths }) => {
    const prefix = Number(digits.slice(0, prefixLength));
    return prefix >= low && prefix <= high && lengths.includes(digits.length);
  });
}

// Numbers the schemes publish for testing; developers paste them all day and they pay nothing.
const TEST_CARD_NUMBERS = new Set([
  '4111111111111111',
  '4242424242424242',
  '4012888888881881',
  '4000056655665556',
  '5555555555554444',
  '5105105105105100',
  '2223003122003222',
  '378282246310005',
  '371449635398431',
  '6011111111111117',
  '3530111333300000',
  '30569309025904',
]);

/** Whether `value` (spaces or dashes allowed) is a plausible, non-test payment card number. */
export function isPaymentCardNumber(value: string): boolean {
  const separators = new Set(value.replace(/\d/g, ''));
  // One kind of separator at most: "4111-1111 1111-1111" is more likely two numbers side by side.
  if (separators.size > 1) return false;

  const digits = value.replace(/\D/g, '');
  if (digits.length < 12 || digits.length > 19) return false;
  if (/^(\d)\1+$/.test(digits) || TEST_CARD_NUMBERS.has(digits)) return false;

  return hasCardIssuer(digits) && passesLuhn(digits);
}
