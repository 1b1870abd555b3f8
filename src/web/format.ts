import dayjs from 'dayjs';
import type { Profession } from '../core/professions.js';
import { t } from './i18n.js';

/** "Camille MARTIN". */
export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName.toUpperCase()}`.trim();
}

export function professionLabel(profession: Profession): string {
  return t(`domain.profession.${profession}`);
}

/** dd/mm/yyyy. */
export function formatDate(iso: string): string {
  return dayjs(iso).format('DD/MM/YYYY');
}

/** dd/mm/yyyy HH:mm, in the browser's time zone. */
export function formatDateTime(iso: string): string {
  return dayjs(iso).format('DD/MM/YYYY HH:mm');
}

/** Only same-site paths, so a crafted `from` cannot send the user elsewhere after login. */
export function safeRedirect(path: unknown): string {
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

/** French national format of an E.164 number: +33612345678 → 06 12 34 56 78, +596696123456 → 06 96 12 34 56. */
export function formatPhone(e164: string | null | undefined): string {
  if (!e164) return '';
  const match = /^\+(33|590|594|596|262|269|508)(\d{9})$/.exec(e164);
  if (!match) return e164;
  return `0${match[2]}`.replace(/(\d{2})(?=\d)/g, '$1 ');
}
