/**
 * NIR (numéro d'inscription au répertoire, "numéro de sécurité sociale") and
 * NIA: 13 characters + a 2-digit key. Position 1 is the sex (1 man, 2 woman;
 * 3, 4, 7, 8 for provisional numbers), 2–3 the birth year, 4–5 the birth month,
 * 6–10 the birth place (Corsica: 2A/2B), 11–13 an order number. Key = 97 − (n mod 97),
 * with 2A read as 19 and 2B as 18.
 */
const NIR_PATTERN = /^[1-478]\d{4}(?:\d{2}|2A|2B)\d{6}\d{2}$/;

export const NIR_LENGTH = 15;

export type NirProblem = 'invalid' | 'invalid_key';
export type NirMismatch = 'sex_mismatch' | 'birth_mismatch';

/** Removes spaces, dots and dashes and upper-cases (`2 85 02 2a 004 123 55` → `285022A00412355`). */
export function compactNir(input: string): string {
  return input.replace(/[\s.-]/g, '').toUpperCase();
}

/** The 2-digit key of a 13-character NIR body; null when the body has the wrong shape. */
export function nirKey(body: string): string | null {
  const n = compactNir(body);
  if (!/^[1-478]\d{4}(?:\d{2}|2A|2B)\d{6}$/.test(n)) return null;
  const department = n.slice(5, 7);
  const numeric = n.slice(0, 5) + (department === '2A' ? '19' : department === '2B' ? '18' : department) + n.slice(7);
  return String(97 - Number(BigInt(numeric) % 97n)).padStart(2, '0');
}

/** The compact NIR when its shape and key are right, or the problem. */
export function checkNir(input: string): { readonly nir: string } | { readonly problem: NirProblem } {
  const nir = compactNir(input);
  if (!NIR_PATTERN.test(nir)) return { problem: 'invalid' };
  if (nirKey(nir.slice(0, 13)) !== nir.slice(13)) return { problem: 'invalid_key' };
  return { nir };
}

/**
 * Whether a valid NIR agrees with the sex and birth date (`YYYY-MM-DD`): first
 * digit 1 for a man, 2 for a woman (provisional 3/4/7/8 are not checked), year
 * = birth year mod 100, month = birth month unless it is an "unknown month" code
 * (20–42 or 50 and above). Null when consistent.
 */
export function nirMismatch(nir: string, sex: 'F' | 'M', birthDate: string): NirMismatch | null {
  const sexDigit = nir[0];
  if ((sexDigit === '1' && sex !== 'M') || (sexDigit === '2' && sex !== 'F')) return 'sex_mismatch';
  const [year, month] = birthDate.split('-').map(Number);
  if (year === undefined || month === undefined) return 'birth_mismatch';
  if (Number(nir.slice(1, 3)) !== year % 100) return 'birth_mismatch';
  const nirMonth = Number(nir.slice(3, 5));
  const unknownMonth = (nirMonth >= 20 && nirMonth <= 42) || nirMonth >= 50;
  if (!unknownMonth && nirMonth !== month) return 'birth_mismatch';
  return null;
}
