import { ageInMonths, ageInYears, frenchDate, localDate, type Sex } from '../../core/patients/index.js';
import { t } from '../../i18n/index.js';
import type { PatientEventRecord } from './ports.js';

/**
 * "52 ans - née le 01/01/1970" / "1 an - né le …" / "3 mois - né le …" under a
 * year; `now` is read in the patient's time zone.
 */
export function ageLabel(birthDate: string, sex: Sex, now: Date, timeZone: string): string {
  const today = localDate(now, timeZone);
  const years = ageInYears(birthDate, today);
  const age = years >= 1 ? t('domain.patientAge.years', { count: years }) : t('domain.patientAge.months', { count: ageInMonths(birthDate, today) });
  const born = t(sex === 'F' ? 'domain.patientAge.bornF' : 'domain.patientAge.bornM', { date: frenchDate(birthDate) });
  return t('domain.patientAge.label', { age, born });
}

/** "Claire MOREL" */
export function userName(user: { readonly firstName: string; readonly lastName: string }): string {
  return `${user.firstName} ${user.lastName.toLocaleUpperCase('fr-FR')}`;
}

/** The French line of a history event, as `viewerId` reads it ("Patient pour Moi" for their own follow). */
export function historyLabel(event: PatientEventRecord, viewerId: string): string {
  const name = event.user ? userName(event.user) : null;
  switch (event.kind) {
    case 'created':
      return name ? t('domain.patientHistory.created', { name }) : t('domain.patientHistory.createdUnknown');
    case 'followed':
      return event.userId === viewerId || !name ? t('domain.patientHistory.followedByMe') : t('domain.patientHistory.followedBy', { name });
    case 'care_request':
      return t('domain.patientHistory.careRequest', { number: event.careRequestNumber ?? '' });
  }
}
