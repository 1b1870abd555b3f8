import { formatFicheNumber } from '../../../core/care-requests/number.js';
import { OTHER_CARE_ACT } from '../../../core/care-requests/types.js';
import { ageInMonths, ageInYears, frenchDate, localDate } from '../../../core/patients/dates.js';
import { territories, territoryTimeZone, type Territory } from '../../../core/territories.js';
import type { CareActRef, FullPatientView } from '../../api/care-request-types.js';
import type { Sex } from '../../api/patient-types.js';
import { t, type MessageKey } from '../../i18n.js';

/** Catalogue keys with plural forms (`…_one` / `…_other`), named without the suffix. */
type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_one` ? Base : never) : never;

/** Translates a plural key with i18next's plural rules ("1 heure", "2 heures"). */
export function tc(key: PluralKey, count: number, params: Readonly<Record<string, string | number>> = {}): string {
  return t(key as MessageKey, { ...params, count });
}

/** `#` + 8 digits. */
export function ficheNumber(number: number): string {
  try {
    return formatFicheNumber(number);
  } catch {
    return `#${number}`;
  }
}

export const fichePath = (number: number) => `/fiches/${number}`;

/** The wizard, for a new patient or (`patientId`) for an existing one. */
export const newDeclenchementPath = (patientId?: string) =>
  patientId === undefined ? '/declenchements/nouveau' : `/declenchements/nouveau?patient=${encodeURIComponent(patientId)}`;

/** "30 minutes", "2 heures", "24 heures", "2 jours". */
export function durationLabel(minutes: number): string {
  if (minutes < 60 || minutes % 60 !== 0) return tc('domain.duration.minutes', minutes);
  if (minutes > 1440 && minutes % 1440 === 0) return tc('domain.duration.days', minutes / 1440);
  return tc('domain.duration.hours', minutes / 60);
}

const longFrenchDateFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** "mercredi 10 août 2022" (a `YYYY-MM-DD` calendar date). */
export function longFrenchDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return longFrenchDateFormat.format(date);
}

/** The HORODATAGE formatter of each zone (an unknown zone: the browser's), made once: a dashboard formats hundreds of lines. */
const shortDateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function shortDateTimeFormat(timeZone: string): Intl.DateTimeFormat {
  let format = shortDateTimeFormats.get(timeZone);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    try {
      format = new Intl.DateTimeFormat('fr-FR', { ...options, timeZone });
    } catch {
      format = new Intl.DateTimeFormat('fr-FR', options);
    }
    shortDateTimeFormats.set(timeZone, format);
  }
  return format;
}

/** "dd/MM/yy HH:mm" of an instant, on the wall clock of `timeZone` (HORODATAGE). */
export function shortDateTime(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = shortDateTimeFormat(timeZone).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** "[à partir du mercredi 10 août 2022]" or "[délai : 30 minutes]". */
export function startLabel(request: { startOn: string | null; startWithinMinutes: number | null }): string {
  if (request.startOn) return `[${t('domain.careRequestTiming.startOn', { date: longFrenchDate(request.startOn) })}]`;
  if (request.startWithinMinutes !== null) return `[${t('domain.careRequestTiming.startWithin', { duration: durationLabel(request.startWithinMinutes) })}]`;
  return '';
}

/** "Bilan sang, Autre Soins (soin de pieds)". */
export function careActsLabel(careActs: readonly CareActRef[], otherCareAct: string | null): string {
  return careActs
    .map((act) => (act.code === OTHER_CARE_ACT && otherCareAct ? `${act.label} (${otherCareAct})` : act.label))
    .join(', ');
}

/** "52 ans - née le 01/01/1970" (age on today's date in `timeZone`). */
export function ageLabel(birthDate: string, sex: Sex, timeZone: string, now = new Date()): string {
  const today = todayIn(timeZone, now);
  const years = ageInYears(birthDate, today);
  const age = years >= 1 ? tc('domain.patientAge.years', years) : t('domain.patientAge.months', { count: ageInMonths(birthDate, today) });
  const born = t(sex === 'F' ? 'domain.patientAge.bornF' : 'domain.patientAge.bornM', { date: frenchDate(birthDate) });
  return t('domain.patientAge.label', { age, born });
}

/** "San Quilico, 20215 Vescovato", or the postcode and commune. */
export function addressLine(patient: Pick<FullPatientView, 'addressLabel' | 'postcode' | 'city'>): string {
  return patient.addressLabel?.trim() || [patient.postcode, patient.city].filter(Boolean).join(' ');
}

/** "MOREL Claire": people named the seed's way. */
export function personName(person: { lastName: string; firstName: string }): string {
  return `${person.lastName.toUpperCase()} ${person.firstName}`.trim();
}

/** Fuseau choices: territories with their IANA zone, Paris first. */
export const timeZoneOptions: readonly { value: string; label: string }[] = (['metropole', 'martinique', 'guadeloupe', 'guyane', 'reunion', 'mayotte'] as const satisfies readonly Territory[]).map(
  (territory) => ({ value: territoryTimeZone[territory], label: t(`ui.declenchement.requests.timeZones.${territory}`) }),
);

/** Every zone the Fuseau select knows. */
export const knownTimeZones: readonly string[] = territories.map((territory) => territoryTimeZone[territory]);

/** Today as `YYYY-MM-DD` on the wall clock of `timeZone` (the earliest Date d'inter). */
export function todayIn(timeZone: string, now = new Date()): string {
  try {
    return localDate(now, timeZone);
  } catch {
    return localDate(now, 'Europe/Paris');
  }
}
