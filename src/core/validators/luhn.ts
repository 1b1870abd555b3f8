/** True when `digits` is a non-empty digit string whose Luhn (mod 10) sum is a multiple of 10. */
export function luhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  return luhnSum(digits, false) % 10 === 0;
}

/** The Luhn check digit to append to `partial` (a digit string) so that the whole passes `luhn`. */
export function luhnCheckDigit(partial: string): string {
  if (!/^\d*$/.test(partial)) throw new Error('luhnCheckDigit expects digits');
  return String((10 - (luhnSum(partial, true) % 10)) % 10);
}

/** Sum of the Luhn digits, from the right; `doubleFirst` when the rightmost digit is in a doubled position. */
function luhnSum(digits: string, doubleFirst: boolean): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === (doubleFirst ? 0 : 1)) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

/** RPPS number: 11 digits, the last one a Luhn check digit. */
export function isValidRpps(value: string): boolean {
  return /^\d{11}$/.test(value) && luhn(value);
}

/** ADELI number: 9 digits (département, profession, order, key), the last one a Luhn check digit. */
export function isValidAdeli(value: string): boolean {
  return /^\d{9}$/.test(value) && luhn(value);
}
