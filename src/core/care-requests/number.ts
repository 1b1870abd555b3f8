/** Fiche numbers: `#` followed by 8 digits. */

const MAX_FICHE_NUMBER = 99_999_999;

/** `#` + the number on 8 digits, zero-padded (`#00000042`); a RangeError outside 0 … 99 999 999. */
export function formatFicheNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_FICHE_NUMBER) throw new RangeError(`fiche number out of range: ${n}`);
  return `#${String(n).padStart(8, '0')}`;
}

/**
 * The number of a typed fiche number (`#12345678`, `12345678`, ` # 1234 5678 `):
 * spaces ignored, one optional leading `#`, then 1 to 8 digits; null otherwise.
 */
export function parseFicheNumber(text: string): number | null {
  const match = /^#?(\d{1,8})$/.exec(text.replace(/\s+/g, ''));
  return match ? Number(match[1]) : null;
}
