import { localDateTime } from '../care-requests/calendar.js';
import { AppError } from '../errors.js';
import { searchKey } from '../text.js';
import { checkNir } from '../validators/nir.js';
import { frenchDate, isIsoDate } from './dates.js';

/** How an admin names the patient of a right-of-access request (RGPD art. 15), as typed. */
export interface AccessReportLookupInput {
  readonly lastName?: string | null | undefined;
  readonly firstName?: string | null | undefined;
  readonly birthDate?: string | null | undefined;
  /** NIR or matricule INS. */
  readonly nir?: string | null | undefined;
}

/** The lookup, normalised: accent-free lower-case names, ISO date, compact NIR; null when not given. */
export interface AccessReportLookup {
  readonly nir: string | null;
  readonly lastName: string | null;
  readonly firstName: string | null;
  readonly birthDate: string | null;
}

const trimmed = (value: string | null | undefined) => (value ?? '').trim();

/**
 * Checks the lookup: a NIR/INS (valid key), or the last name, first name and
 * birth date together; every criterion given must then match exactly. Throws
 * `patients.access_lookup_invalid` with field codes (`required`, `date.invalid`,
 * `nir.invalid`, `nir.invalid_key`).
 */
export function parseAccessReportLookup(input: AccessReportLookupInput): AccessReportLookup {
  const fields: Record<string, string> = {};
  let nir: string | null = null;
  if (trimmed(input.nir) !== '') {
    const checked = checkNir(trimmed(input.nir));
    if ('problem' in checked) fields.nir = `nir.${checked.problem}`;
    else nir = checked.nir;
  }
  const lastName = searchKey(trimmed(input.lastName)) || null;
  const firstName = searchKey(trimmed(input.firstName)) || null;
  const birthDate = trimmed(input.birthDate) || null;
  if (birthDate !== null && !isIsoDate(birthDate)) fields.birthDate = 'date.invalid';
  if (trimmed(input.nir) === '') {
    const identity = { lastName, firstName, birthDate };
    for (const [name, value] of Object.entries(identity)) if (value === null) fields[name] = 'required';
  }
  if (Object.keys(fields).length > 0) throw new AppError('patients.access_lookup_invalid', {}, fields);
  return { nir, lastName, firstName, birthDate };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `13/05/2026 10:04:05`: an instant on the wall clock of `timeZone` (IANA; offsets are whole minutes). */
export function wallClockLabel(instant: Date, timeZone: string): string {
  const { date, minute } = localDateTime(instant, timeZone);
  return `${frenchDate(date)} ${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${pad(instant.getUTCSeconds())}`;
}
