/** Calendar dates (`YYYY-MM-DD`) of patients: validity, local "today", age. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an existing calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** One formatter per zone: making an Intl.DateTimeFormat costs far more than formatting with it (lists of fiches). */
const isoDateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `now` in `timeZone` (IANA), as `YYYY-MM-DD`. */
export function localDate(now: Date, timeZone: string): string {
  let format = isoDateFormats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    isoDateFormats.set(timeZone, format);
  }
  return format.format(now);
}

/** Completed months between two `YYYY-MM-DD` dates (0 when `today` is before `birthDate`). */
export function ageInMonths(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const months = (ty - by) * 12 + (tm - bm) - (td < bd ? 1 : 0);
  return Math.max(0, months);
}

/** Completed years between two `YYYY-MM-DD` dates (born on 29 February: one year older on 1 March). */
export function ageInYears(birthDate: string, today: string): number {
  return Math.floor(ageInMonths(birthDate, today) / 12);
}

/** `YYYY-MM-DD` → `DD/MM/YYYY`. */
export function frenchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}
