import { invalidFields } from '../errors.js';
import { searchKey } from '../text.js';
import { normalizePhone } from '../validators/index.js';
import { isIsoDate } from './dates.js';

/** The four fields of "Identité patient" (Recherche patient), as typed; each may be blank. */
export interface PatientSearchInput {
  readonly phone?: string | null | undefined;
  readonly lastName?: string | null | undefined;
  readonly firstName?: string | null | undefined;
  readonly birthDate?: string | null | undefined;
}

/** Normalised search criteria: E.164 phone, accent-free lower-case names, ISO date; null when not given. */
export interface PatientSearchCriteria {
  readonly phone: string | null;
  readonly lastName: string | null;
  readonly firstName: string | null;
  readonly birthDate: string | null;
}

/** A patient as the duplicate check compares it. */
export interface PatientIdentityTraits {
  readonly phone: string;
  readonly phone2: string | null;
  readonly lastNameSearch: string;
  readonly firstNameSearch: string;
  readonly birthDate: string;
}

const blank = (value: string | null | undefined) => (value ?? '').trim() === '';

/**
 * Normalises the search fields; throws `validation.failed` for a phone or date
 * that cannot be read (`phone.invalid`, `date.invalid`). Blank fields are null.
 */
export function normalizeSearchCriteria(input: PatientSearchInput): PatientSearchCriteria {
  const fields: Record<string, string> = {};
  let phone: string | null = null;
  if (!blank(input.phone)) {
    phone = normalizePhone(input.phone ?? '')?.e164 ?? null;
    if (phone === null) fields.phone = 'phone.invalid';
  }
  const birthDate = blank(input.birthDate) ? null : (input.birthDate ?? '').trim();
  if (birthDate !== null && !isIsoDate(birthDate)) fields.birthDate = 'date.invalid';
  if (Object.keys(fields).length > 0) throw invalidFields(fields);
  const name = (value: string | null | undefined) => (blank(value) ? null : searchKey(value ?? '') || null);
  return { phone, lastName: name(input.lastName), firstName: name(input.firstName), birthDate };
}

/** True when all four criteria are given. */
export function isCompleteIdentity(criteria: PatientSearchCriteria): criteria is { [K in keyof PatientSearchCriteria]: string } {
  return criteria.phone !== null && criteria.lastName !== null && criteria.firstName !== null && criteria.birthDate !== null;
}

/**
 * The duplicate check: the caller typed this patient's phone (or second phone),
 * last name, first name (accent- and case-insensitive, whole names) and birth date.
 */
export function matchesIdentity(patient: PatientIdentityTraits, criteria: PatientSearchCriteria): boolean {
  if (!isCompleteIdentity(criteria)) return false;
  return (
    (patient.phone === criteria.phone || patient.phone2 === criteria.phone) &&
    patient.lastNameSearch === criteria.lastName &&
    patient.firstNameSearch === criteria.firstName &&
    patient.birthDate === criteria.birthDate
  );
}
