import { AppError } from '../errors.js';
import { searchKey } from '../text.js';
import { normalizeEmail, normalizePhone } from '../validators/index.js';
import { checkAddress, type AddressDraft, type AddressInput } from './address.js';
import { isIsoDate, localDate } from './dates.js';
import { isOneOf, regimes, sexes, type IdentityStatus, type Regime, type Sex } from './identity.js';
import { checkIdentityNumbers } from './identity-numbers.js';

export const PATIENT_TEXT_MAX_LENGTH = 100;
export const EARLIEST_BIRTH_DATE = '1900-01-01';

type Optional = string | null | undefined;

/** A patient as typed in the fiche patient (create and update). */
export interface PatientInput {
  readonly phone?: Optional;
  readonly phone2?: Optional;
  readonly email?: Optional;
  readonly lastName?: Optional;
  readonly firstName?: Optional;
  readonly birthName?: Optional;
  readonly sex?: Optional;
  readonly birthDate?: Optional;
  readonly birthPlace?: { readonly code: string; readonly name: string } | null | undefined;
  readonly nir?: Optional;
  readonly ins?: Optional;
  readonly identityStatus?: Optional;
  readonly occupation?: Optional;
  readonly regime?: Optional;
  /** The picked suggestion; null when none was picked. */
  readonly address?: AddressInput | null | undefined;
  readonly addressComplement?: Optional;
  readonly building?: Optional;
  readonly staircase?: Optional;
  readonly floor?: Optional;
  readonly digicode?: Optional;
  readonly intercom?: Optional;
  readonly door?: Optional;
}

export const addressComplementFields = ['addressComplement', 'building', 'staircase', 'floor', 'digicode', 'intercom', 'door'] as const;

/** Compléments d'adresse of a home (Compt adresse, Bâtiment, Escalier, Etage, Digicode, Interphone, Porte). */
export type AddressComplements = { readonly [K in (typeof addressComplementFields)[number]]: string | null };

/** A patient input that passed every check: trimmed texts, E.164 phones, compact NIR/INS, checked address. */
export interface PatientDraft extends AddressComplements {
  readonly phone: string;
  readonly phone2: string | null;
  readonly email: string | null;
  readonly lastName: string;
  readonly firstName: string;
  readonly birthName: string | null;
  readonly sex: Sex;
  readonly birthDate: string;
  readonly birthPlace: { readonly code: string; readonly name: string } | null;
  readonly nir: string | null;
  readonly ins: string | null;
  readonly identityStatus: IdentityStatus;
  readonly occupation: string | null;
  readonly regime: Regime | null;
  readonly address: AddressDraft;
}

const BIRTH_PLACE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;

/** Trimmed, single-spaced text; null when blank; `text.too_long` beyond 100 characters. */
function optionalText(value: Optional, field: string, fields: Record<string, string>): string | null {
  const cleaned = (value ?? '').trim().replace(/\s+/g, ' ');
  if (cleaned === '') return null;
  if ([...cleaned].length > PATIENT_TEXT_MAX_LENGTH) fields[field] = 'text.too_long';
  return cleaned;
}

function requiredText(value: Optional, field: string, fields: Record<string, string>): string {
  const cleaned = optionalText(value, field, fields);
  if (cleaned === null) fields[field] = 'required';
  return cleaned ?? '';
}

function phoneOf(value: Optional, field: string, required: boolean, fields: Record<string, string>): string | null {
  if ((value ?? '').trim() === '') {
    if (required) fields[field] = 'required';
    return null;
  }
  const phone = normalizePhone(value ?? '');
  if (!phone) fields[field] = 'phone.invalid';
  return phone?.e164 ?? null;
}

/** Checks a date: `date.invalid`, `date.future` (after `today`), `birth_date.too_old` (before 1900). */
function birthDateOf(value: Optional, today: string, fields: Record<string, string>): string | null {
  const date = (value ?? '').trim();
  if (date === '') fields.birthDate = 'required';
  else if (!isIsoDate(date)) fields.birthDate = 'date.invalid';
  else if (date > today) fields.birthDate = 'date.future';
  else if (date < EARLIEST_BIRTH_DATE) fields.birthDate = 'birth_date.too_old';
  else return date;
  return null;
}

/**
 * Checks and normalises a patient; throws `validation.failed` with one French
 * field code per bad field. `now` decides what "the future" is, in the time
 * zone of the patient's home.
 */
export function validatePatientInput(input: PatientInput, now: Date): PatientDraft {
  const fields: Record<string, string> = {};
  const phone = phoneOf(input.phone, 'phone', true, fields) ?? '';
  const phone2 = phoneOf(input.phone2, 'phone2', false, fields);
  const rawEmail = (input.email ?? '').trim();
  const email = rawEmail === '' ? null : normalizeEmail(rawEmail);
  if (rawEmail !== '' && email === null) fields.email = 'email.invalid';
  const lastName = requiredText(input.lastName, 'lastName', fields);
  const firstName = requiredText(input.firstName, 'firstName', fields);
  const birthName = optionalText(input.birthName, 'birthName', fields);
  const sex = isOneOf(sexes, input.sex) ? input.sex : null;
  if (!sex) fields.sex = (input.sex ?? '').trim() === '' ? 'sex.required' : 'invalid';

  const address = input.address ? checkAddress(input.address) : null;
  if (!address) fields.address = 'address.invalid';
  const birthDate = birthDateOf(input.birthDate, localDate(now, address?.timeZone ?? 'Europe/Paris'), fields);
  const birthPlace = birthPlaceOf(input.birthPlace, fields);
  const numbers = checkIdentityNumbers(input, sex && birthDate ? { sex, birthDate } : null, fields);
  const occupation = optionalText(input.occupation, 'occupation', fields);
  const rawRegime = (input.regime ?? '').trim();
  const regime = rawRegime === '' ? null : isOneOf(regimes, rawRegime) ? rawRegime : null;
  if (rawRegime !== '' && regime === null) fields.regime = 'invalid';
  const complements = Object.fromEntries(addressComplementFields.map((f) => [f, optionalText(input[f], f, fields)])) as AddressComplements;

  if (Object.keys(fields).length > 0 || !sex || !birthDate || !address) throw new AppError('validation.failed', {}, fields);
  return { phone, phone2, email, lastName, firstName, birthName, sex, birthDate, birthPlace, ...numbers, occupation, regime, address, ...complements };
}

function birthPlaceOf(value: PatientInput['birthPlace'], fields: Record<string, string>): PatientDraft['birthPlace'] {
  if (!value) return null;
  const code = value.code.trim().toUpperCase();
  const name = value.name.trim().replace(/\s+/g, ' ');
  if (code === '' && name === '') return null;
  if (!BIRTH_PLACE_CODE.test(code) || name === '' || name.length > PATIENT_TEXT_MAX_LENGTH) {
    fields.birthPlace = 'birth_place.invalid';
    return null;
  }
  return { code, name };
}

/** The lower-case, accent-free names the patient search compares. */
export function patientSearchKeys(draft: Pick<PatientDraft, 'lastName' | 'firstName'>): { lastNameSearch: string; firstNameSearch: string } {
  return { lastNameSearch: searchKey(draft.lastName), firstNameSearch: searchKey(draft.firstName) };
}
