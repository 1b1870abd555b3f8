import type { AllowedCareActs } from '../care-acts.js';
import { AppError, type FieldErrors } from '../errors.js';
import { careModes, isCareProfession, professions, type CareMode, type Profession } from '../professions.js';
import { isUuid, isValidAdeli, isValidRpps, normalizeEmail, normalizePhone, passwordProblem, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../validators/index.js';
import { parseAbsences, parseWorkingHours, type AbsenceDraft, type AbsenceInput, type WorkingHoursInput, type WorkingHoursSlot } from './schedule.js';

export const NAME_MAX_LENGTH = 100;
export const ADDRESS_MAX_LENGTH = 200;
export const DEFAULT_SERVICE_RADIUS_KM = 10;
export const SERVICE_RADIUS_MIN_KM = 1;
export const SERVICE_RADIUS_MAX_KM = 200;

export interface PracticeInput {
  /** Street line, e.g. "12 rue des Tilleuls". */
  readonly address: string;
  readonly inseeCode: string;
  /** One of the commune's postcodes; by default its first. */
  readonly postcode?: string | null | undefined;
  /** Explicit coordinates; by default the commune's centre. */
  readonly lat?: number | null | undefined;
  readonly lng?: number | null | undefined;
}

export interface SupervisionScopes {
  readonly organisationIds: readonly string[];
  readonly networkIds: readonly string[];
}

/** A user as an administrator types it (create and update). */
export interface UserInput {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly profession: string;
  readonly rpps?: string | null | undefined;
  readonly adeli?: string | null | undefined;
  readonly mobilePhone?: string | null | undefined;
  readonly organisationId?: string | null | undefined;
  readonly isAdmin: boolean;
  readonly practice?: PracticeInput | null | undefined;
  readonly serviceRadiusKm?: number | undefined;
  readonly careActs?: readonly string[] | undefined;
  readonly careModes?: readonly string[] | undefined;
  readonly workingHours?: readonly WorkingHoursInput[] | undefined;
  readonly absences?: readonly AbsenceInput[] | undefined;
  readonly supervises?: SupervisionScopes | undefined;
  readonly networkIds?: readonly string[] | undefined;
  /** Initial password (required on create); on update, a new password. */
  readonly password?: string | null | undefined;
}

/** A user input that passed every check, normalised (lower-case e-mail, E.164 phone, minutes…). */
export interface UserDraft {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly profession: Profession;
  readonly rpps: string | null;
  readonly adeli: string | null;
  readonly mobilePhone: string | null;
  readonly organisationId: string | null;
  readonly isAdmin: boolean;
  readonly practice: {
    readonly address: string;
    readonly inseeCode: string;
    readonly postcode: string | null;
    readonly lat: number | null;
    readonly lng: number | null;
  } | null;
  readonly serviceRadiusKm: number;
  readonly careActs: readonly string[];
  readonly careModes: readonly CareMode[];
  readonly workingHours: readonly WorkingHoursSlot[];
  readonly absences: readonly AbsenceDraft[];
  readonly supervises: SupervisionScopes;
  readonly networkIds: readonly string[];
  readonly password: string | null;
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
const blankToNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

export interface UserInputOptions {
  readonly passwordRequired: boolean;
  /** The care acts a user of each profession may be given (loaded from the catalogue by the use case). */
  readonly careActs: AllowedCareActs;
}

/**
 * Checks and normalises a user input; throws `validation.failed` with one field
 * code per bad field (`rpps.invalid`, `phone.not_mobile`, `care_act.unknown`…).
 */
export function validateUserInput(input: UserInput, options: UserInputOptions): UserDraft {
  const fields: Record<string, string> = {};
  const email = normalizeEmail(input.email);
  if (!email) fields.email = 'email.invalid';
  const firstName = requiredName(input.firstName, 'firstName', fields);
  const lastName = requiredName(input.lastName, 'lastName', fields);
  const profession = (professions as readonly string[]).includes(input.profession) ? (input.profession as Profession) : null;
  if (!profession) fields.profession = 'invalid';

  const rpps = blankToNull(input.rpps)?.replace(/\s/g, '') ?? null;
  const adeli = blankToNull(input.adeli)?.replace(/\s/g, '') ?? null;
  if (rpps !== null && !isValidRpps(rpps)) fields.rpps = 'rpps.invalid';
  if (adeli !== null && !isValidAdeli(adeli)) fields.adeli = 'adeli.invalid';
  if (profession && isCareProfession(profession) && rpps === null && adeli === null) fields.rpps = 'national_id.required';

  const mobilePhone = checkMobile(input.mobilePhone, fields);
  const organisationId = blankToNull(input.organisationId);
  if (organisationId !== null && !isUuid(organisationId)) fields.organisationId = 'invalid';
  const practice = checkPractice(input.practice ?? null, fields);

  const serviceRadiusKm = input.serviceRadiusKm ?? DEFAULT_SERVICE_RADIUS_KM;
  if (!Number.isFinite(serviceRadiusKm) || serviceRadiusKm < SERVICE_RADIUS_MIN_KM || serviceRadiusKm > SERVICE_RADIUS_MAX_KM) {
    fields.serviceRadiusKm = 'radius.invalid';
  }
  const careActs = unique(input.careActs ?? []);
  const careProfession = profession && isCareProfession(profession) ? profession : null;
  const allowedActs = careProfession ? (options.careActs[careProfession] ?? []) : [];
  if (profession && careActs.some((act) => !allowedActs.includes(act))) fields.careActs = 'care_act.unknown';
  const modes = unique(input.careModes ?? []);
  if (modes.some((mode) => !(careModes as readonly string[]).includes(mode)) || (modes.length > 0 && profession && !careProfession)) {
    fields.careModes = 'care_mode.unknown';
  }

  const workingHours = parseWorkingHours(input.workingHours ?? []);
  if (!workingHours) fields.workingHours = 'hours.invalid';
  const absences = parseAbsences(input.absences ?? []);
  if (!absences) fields.absences = 'absence.invalid';

  const supervises = {
    organisationIds: unique(input.supervises?.organisationIds ?? []),
    networkIds: unique(input.supervises?.networkIds ?? []),
  };
  if (![...supervises.organisationIds, ...supervises.networkIds].every(isUuid)) fields.supervises = 'invalid';
  const networkIds = unique(input.networkIds ?? []);
  if (!networkIds.every(isUuid)) fields.networkIds = 'invalid';

  const password = input.password ?? null;
  if (password === null || password === '') {
    if (options.passwordRequired) fields.password = 'required';
  } else {
    const problem = passwordProblem(password);
    if (problem) fields.password = problem;
  }

  if (Object.keys(fields).length > 0 || !email || !profession || !workingHours || !absences) throw invalidUser(fields);
  return {
    email,
    firstName,
    lastName,
    profession,
    rpps,
    adeli,
    mobilePhone,
    organisationId,
    isAdmin: input.isAdmin,
    practice,
    serviceRadiusKm,
    careActs,
    careModes: modes as CareMode[],
    workingHours,
    absences,
    supervises,
    networkIds,
    password: password === '' ? null : password,
  };
}

/** `validation.failed` with the password bounds the field messages mention. */
export function invalidUser(fields: FieldErrors): AppError {
  return new AppError('validation.failed', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }, fields);
}

function requiredName(value: string, field: string, fields: Record<string, string>): string {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (trimmed === '') fields[field] = 'required';
  else if (trimmed.length > NAME_MAX_LENGTH) fields[field] = 'invalid';
  return trimmed;
}

function checkMobile(value: string | null | undefined, fields: Record<string, string>): string | null {
  const raw = blankToNull(value);
  if (raw === null) return null;
  const phone = normalizePhone(raw);
  if (!phone) fields.mobilePhone = 'phone.invalid';
  else if (!phone.mobile) fields.mobilePhone = 'phone.not_mobile';
  return phone?.e164 ?? null;
}

function checkPractice(practice: PracticeInput | null, fields: Record<string, string>): UserDraft['practice'] {
  if (!practice) return null;
  const address = practice.address.trim().replace(/\s+/g, ' ');
  if (address === '') fields['practice.address'] = 'required';
  else if (address.length > ADDRESS_MAX_LENGTH) fields['practice.address'] = 'invalid';
  const inseeCode = practice.inseeCode.trim().toUpperCase();
  if (!/^(\d{5}|2[AB]\d{3})$/.test(inseeCode)) fields['practice.inseeCode'] = 'commune.unknown';
  const postcode = blankToNull(practice.postcode);
  if (postcode !== null && !/^\d{5}$/.test(postcode)) fields['practice.postcode'] = 'invalid';
  const lat = practice.lat ?? null;
  const lng = practice.lng ?? null;
  const coordsOk =
    (lat === null && lng === null) ||
    (lat !== null && lng !== null && Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180);
  if (!coordsOk) fields['practice.lat'] = 'invalid';
  return { address, inseeCode, postcode, lat, lng };
}
