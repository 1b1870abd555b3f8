import type { PatientIdentity } from '../../api/patient-types.js';

/** "PICASSO Pablo": the seed's way of naming a patient. */
export function patientName(person: { lastName: string; firstName: string }): string {
  return `${person.lastName.toUpperCase()} ${person.firstName}`.trim();
}

/** "PARADIS PHILIPPE": the seed's way of naming a professional. */
export function professionalName(person: { lastName: string; firstName: string }): string {
  return `${person.lastName} ${person.firstName}`.toUpperCase().trim();
}

/** Today as YYYY-MM-DD in the browser's time zone (the `max` of a birth date). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyIdentity(initial: Partial<PatientIdentity> = {}): PatientIdentity {
  return { phone: '', lastName: '', firstName: '', birthDate: '', ...initial };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** All four fields of "Identité patient" are filled: the patient may be registered. */
export function isCompleteIdentity(identity: PatientIdentity): boolean {
  return identity.phone.trim() !== '' && identity.lastName.trim() !== '' && identity.firstName.trim() !== '' && isIsoDate(identity.birthDate);
}

/** The fields worth searching with: enough digits or letters to narrow the search. */
export function searchableIdentity(identity: PatientIdentity): PatientIdentity {
  // The phone is compared whole: send it only once it may be a whole number (else the server rejects it).
  const digits = identity.phone.replace(/\D/g, '');
  return {
    phone: digits.length >= 10 ? identity.phone.trim() : '',
    lastName: identity.lastName.trim().length >= 2 ? identity.lastName.trim() : '',
    firstName: identity.firstName.trim().length >= 2 ? identity.firstName.trim() : '',
    birthDate: isIsoDate(identity.birthDate) ? identity.birthDate : '',
  };
}
