import { invalidFields } from '../errors.js';
import { searchKey } from '../text.js';

/** Letters needed in each of Nom and Prénom before searching (seed: "au moins les 3 premières lettres"). */
export const SEARCH_MIN_LETTERS = 3;

/** At most this many results are shown. */
export const SEARCH_LIMIT = 30;

/** Below this many prefix matches, close spellings of the last name are added… */
export const FUZZY_BELOW = 10;

/** …when the typed last name is long enough for a spelling to be judged (3 letters match most names). */
export const FUZZY_MIN_LETTERS = 4;

/** The search keys of Nom and Prénom (see `searchKey`). */
export interface NameKeys {
  readonly lastName: string;
  readonly firstName: string;
}

const letterCount = (key: string): number => key.match(/\p{L}/gu)?.length ?? 0;

/** Whether to add close spellings of the last name: few professionals matched by prefix, and enough letters typed to judge a spelling. */
export function wantsCloseSpellings(lastNameKey: string, prefixMatches: number): boolean {
  return prefixMatches < FUZZY_BELOW && letterCount(lastNameKey) >= FUZZY_MIN_LETTERS;
}

/**
 * Search keys of the typed names; `validation.failed` with `search.min_letters`
 * on each name with fewer than 3 letters.
 */
export function searchNameKeys(lastName: string, firstName: string): NameKeys {
  const keys = { lastName: searchKey(lastName), firstName: searchKey(firstName) };
  const fields: Record<string, string> = {};
  if (letterCount(keys.lastName) < SEARCH_MIN_LETTERS) fields.lastName = 'search.min_letters';
  if (letterCount(keys.firstName) < SEARCH_MIN_LETTERS) fields.firstName = 'search.min_letters';
  if (Object.keys(fields).length > 0) throw invalidFields(fields);
  return keys;
}
