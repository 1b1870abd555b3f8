import { searchKey } from '../text.js';

/** The MOT-CLÉ of "Fiches patients", read either as a number or as words. */
export type CaseloadKeyword =
  /** Digits only (`06 12 34`, `91000`, `#24426443`): a phone, a postcode or a care request number. */
  | { readonly kind: 'number'; readonly digits: string }
  /** Accent-free lower-case words; each must match the name, the city or the postcode. */
  | { readonly kind: 'words'; readonly words: readonly string[] };

export const KEYWORD_MAX_WORDS = 5;

/** Reads the keyword; null when blank. */
export function parseKeyword(q: string | null | undefined): CaseloadKeyword | null {
  const trimmed = (q ?? '').trim();
  if (trimmed === '') return null;
  if (/^#?[\d\s./+-]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    if (digits !== '') return { kind: 'number', digits };
  }
  const words = searchKey(trimmed)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ').filter((w) => w !== '').slice(0, KEYWORD_MAX_WORDS);
  return words.length === 0 ? null : { kind: 'words', words };
}
