import type { Territory } from '../../../core/territories.js';
import type {
  BirthPlace,
  IdentityStatus,
  PatientDetail,
  PatientIdentity,
  PatientAddress,
  PatientInput,
  Regime,
  Sex,
} from '../../api/patient-types.js';
import { formatPhone } from '../../format.js';
import { t } from '../../i18n.js';
import { isIsoDate, today } from './labels.js';

/** Free-text fields, sent trimmed and left out when empty. */
export const textFields = [
  'phone2',
  'email',
  'birthName',
  'nir',
  'ins',
  'occupation',
  'addressComplement',
  'building',
  'staircase',
  'floor',
  'digicode',
  'intercom',
  'door',
] as const;
type TextField = (typeof textFields)[number];

/** The form mirrors the API body, so the API's field names (`address`, `birthPlace`, `nir`) name its inputs. */
export type PatientFormValues = PatientIdentity &
  Record<TextField, string> & {
    sex: Sex | '';
    birthPlace: BirthPlace | null;
    identityStatus: IdentityStatus;
    regime: Regime | '';
    territory: Territory;
    /** The suggestion picked; null while the text typed is not one. */
    address: PatientAddress | null;
    /** What the address input shows. */
    addressText: string;
  };

const emptyText = Object.fromEntries(textFields.map((name) => [name, ''])) as Record<TextField, string>;

export function newPatientValues(identity: Partial<PatientIdentity> = {}): PatientFormValues {
  return {
    phone: identity.phone ?? '',
    lastName: identity.lastName ?? '',
    firstName: identity.firstName ?? '',
    birthDate: identity.birthDate ?? '',
    ...emptyText,
    sex: '',
    birthPlace: null,
    identityStatus: 'provisoire',
    regime: '',
    territory: 'metropole',
    address: null,
    addressText: '',
  };
}

export function valuesFromPatient(patient: PatientDetail): PatientFormValues {
  const text = Object.fromEntries(textFields.map((name) => [name, patient[name] ?? ''])) as Record<TextField, string>;
  return {
    ...text,
    phone: formatPhone(patient.phone),
    phone2: formatPhone(patient.phone2),
    lastName: patient.lastName,
    firstName: patient.firstName,
    birthDate: patient.birthDate,
    sex: patient.sex,
    birthPlace: patient.birthPlace ?? null,
    identityStatus: patient.identityStatus ?? 'provisoire',
    regime: patient.regime ?? '',
    territory: patient.address.territory,
    address: patient.address,
    addressText: patient.address.label,
  };
}

const required = (value: string) => (value.trim() ? null : t('fields.required'));

/** Client-side checks: required fields, a real birth date not in the future, an address picked from the list. */
export const patientValidation = {
  phone: required,
  lastName: required,
  firstName: required,
  sex: (value: string) => (value ? null : t('fields.sex.required')),
  birthDate: (value: string) => {
    if (!value) return t('fields.required');
    if (!isIsoDate(value) || value < '1900-01-01') return t('ui.patients.form.birthDateInvalid');
    return value > today() ? t('ui.patients.form.birthDateFuture') : null;
  },
  address: (value: PatientAddress | null, values: PatientFormValues) => {
    if (value) return null;
    return values.addressText.trim() ? t('ui.patients.form.addressNotPicked') : t('fields.required');
  },
};

/** Call only once validated: sex and address are then set. */
export function toPatientInput(values: PatientFormValues): PatientInput {
  if (!values.address || !values.sex) throw new Error('toPatientInput needs validated values');
  const input: PatientInput = {
    phone: values.phone.trim(),
    lastName: values.lastName.trim(),
    firstName: values.firstName.trim(),
    sex: values.sex,
    birthDate: values.birthDate,
    birthPlace: values.birthPlace,
    identityStatus: values.identityStatus,
    address: values.address,
  };
  if (values.regime) input.regime = values.regime;
  for (const name of textFields) {
    const value = values[name].trim();
    if (value) input[name] = value;
  }
  return input;
}

const shownFields = new Set<string>(['phone', 'lastName', 'firstName', 'sex', 'birthDate', 'birthPlace', 'identityStatus', 'regime', 'address', ...textFields]);

/** The API's field errors, each under its input (`address.lat` → `address`); the others stay for the alert. */
export function splitFieldErrors(fields: Readonly<Record<string, string>>): { shown: Record<string, string>; unshown: string[] } {
  const shown: Record<string, string> = {};
  const unshown: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const root = path.split('.')[0] ?? path;
    if (shownFields.has(root)) shown[root] ??= message;
    else unshown.push(path);
  }
  return { shown, unshown };
}
