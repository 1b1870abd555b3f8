import { ageInYears } from '../patients/dates.js';
import { distanceKm, type GeoPoint } from './matching.js';

/** What a non-usual professional sees of the patient before accepting: no name, phone or street. */
export interface AnonymisedPatient {
  readonly sex: 'F' | 'M';
  readonly ageYears: number;
  readonly city: string;
  readonly postcode: string;
  /** Straight-line distance from the professional's practice, to 0.1 km; null without a practice. */
  readonly distanceKm: number | null;
}

/** The patient facts an anonymised offer is built from (the home's coordinates are used, never shown). */
export interface AnonymisablePatient {
  readonly sex: 'F' | 'M';
  readonly birthDate: string;
  readonly city: string;
  readonly postcode: string;
  readonly lat: number;
  readonly lng: number;
}

/**
 * The anonymised view of a patient for an offer (DESIGN §2): sex, age in
 * completed years on `today` (`YYYY-MM-DD`), commune and postcode, distance
 * from `practice` rounded to 0.1 km. Built field by field, so that nothing
 * else of `patient` can leak.
 */
export function anonymisedPatient(patient: AnonymisablePatient, practice: GeoPoint | null, today: string): AnonymisedPatient {
  return {
    sex: patient.sex,
    ageYears: ageInYears(patient.birthDate, today),
    city: patient.city,
    postcode: patient.postcode,
    distanceKm: practice === null ? null : Math.round(distanceKm({ lat: patient.lat, lng: patient.lng }, practice) * 10) / 10,
  };
}
