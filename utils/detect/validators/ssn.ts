// Numbers the Social Security Administration never issues or that were printed in advertising
// and pasted ever since; the last two are the best-known examples.
const NEVER_ISSUED = new Set(['078051120', '219099999', '123456789']);

/**
 * Whether `value` (dashes or spaces allowed) can be a US Social Security number: area 001–899
 * except 666, group 01–99, serial 0001–9999.
 */
export function isPlausibleSsn(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{9}$/.test(digits) || NEVER_ISSUED.has(digits)) return false;

  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  return area > 0 && area !== 666 && area < 900 && group > 0 && serial > 0;
}
