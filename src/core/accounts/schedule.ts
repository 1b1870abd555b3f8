/** Weekly working hours and absences: parsing and checks, in the professional's local time. */

export interface WorkingHoursInput {
  readonly weekday: number;
  /** 'HH:MM' */
  readonly start: string;
  /** 'HH:MM'; '24:00' ends at midnight. */
  readonly end: string;
}

export interface WorkingHoursSlot {
  /** ISO weekday: 1 = Monday … 7 = Sunday */
  readonly weekday: number;
  readonly startMinute: number;
  readonly endMinute: number;
}

export interface AbsenceInput {
  /** 'YYYY-MM-DD' */
  readonly startsOn: string;
  readonly endsOn: string;
  readonly reason?: string | null | undefined;
}

export interface AbsenceDraft {
  readonly startsOn: string;
  readonly endsOn: string;
  readonly reason: string | null;
}

export const ABSENCE_REASON_MAX_LENGTH = 200;

/** Minutes since midnight of 'HH:MM' (00:00 … 24:00), or null. */
export function parseClock(value: string): number | null {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 1440 ? minutes : null;
}

/** 'HH:MM' of minutes since midnight. */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Working hours as slots sorted by weekday and start; null when a slot is
 * malformed, ends before it starts, or overlaps another slot of the same day.
 */
export function parseWorkingHours(input: readonly WorkingHoursInput[]): WorkingHoursSlot[] | null {
  const slots: WorkingHoursSlot[] = [];
  for (const row of input) {
    const startMinute = parseClock(row.start);
    const endMinute = parseClock(row.end);
    if (!Number.isInteger(row.weekday) || row.weekday < 1 || row.weekday > 7) return null;
    if (startMinute === null || endMinute === null || startMinute >= endMinute) return null;
    slots.push({ weekday: row.weekday, startMinute, endMinute });
  }
  slots.sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
  for (let i = 1; i < slots.length; i++) {
    const previous = slots[i - 1];
    const current = slots[i];
    if (previous && current && previous.weekday === current.weekday && current.startMinute < previous.endMinute) return null;
  }
  return slots;
}

/** Absences with trimmed reasons, sorted by start; null when a date is invalid or a range is reversed. */
export function parseAbsences(input: readonly AbsenceInput[]): AbsenceDraft[] | null {
  const drafts: AbsenceDraft[] = [];
  for (const row of input) {
    if (!isIsoDate(row.startsOn) || !isIsoDate(row.endsOn) || row.startsOn > row.endsOn) return null;
    const reason = row.reason?.trim() ?? '';
    if (reason.length > ABSENCE_REASON_MAX_LENGTH) return null;
    drafts.push({ startsOn: row.startsOn, endsOn: row.endsOn, reason: reason === '' ? null : reason });
  }
  return drafts.sort((a, b) => a.startsOn.localeCompare(b.startsOn));
}
