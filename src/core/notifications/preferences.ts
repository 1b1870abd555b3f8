import { formatClock, parseClock } from '../accounts/schedule.js';
import { invalidFields } from '../errors.js';

/** A user's notification choices, as the form shows them. */
export interface NotificationPreferencesInput {
  readonly notifySms: boolean;
  readonly notifyEmail: boolean;
  readonly notifyPush: boolean;
  /** 'HH:MM', or null/'' for no quiet hours; both or neither. */
  readonly quietHoursStart?: string | null | undefined;
  readonly quietHoursEnd?: string | null | undefined;
}

export interface NotificationPreferences {
  readonly notifySms: boolean;
  readonly notifyEmail: boolean;
  readonly notifyPush: boolean;
  /** Minutes since midnight; both null when there are no quiet hours. */
  readonly quietHoursStart: number | null;
  readonly quietHoursEnd: number | null;
}

/** Checks the form: quiet hours are two times 'HH:MM' (a range that may cross midnight), or none. */
export function validateNotificationPreferences(input: NotificationPreferencesInput): NotificationPreferences {
  const start = input.quietHoursStart?.trim() ?? '';
  const end = input.quietHoursEnd?.trim() ?? '';
  const fields: Record<string, string> = {};
  const startMinute = start === '' ? null : parseClock(start);
  const endMinute = end === '' ? null : parseClock(end);
  if (start !== '' && (startMinute === null || startMinute >= 1440)) fields.quietHoursStart = 'quiet_hours.invalid';
  if (end !== '' && (endMinute === null || endMinute >= 1440)) fields.quietHoursEnd = 'quiet_hours.invalid';
  if ((start === '') !== (end === '')) fields[start === '' ? 'quietHoursStart' : 'quietHoursEnd'] = 'quiet_hours.both';
  if (start !== '' && start === end) fields.quietHoursEnd = 'quiet_hours.empty';
  if (Object.keys(fields).length > 0) throw invalidFields(fields);
  return { notifySms: input.notifySms, notifyEmail: input.notifyEmail, notifyPush: input.notifyPush, quietHoursStart: startMinute, quietHoursEnd: endMinute };
}

/** The stored choices, for the form ('HH:MM'). */
export function preferencesForm(preferences: NotificationPreferences) {
  const clock = (minute: number | null) => (minute === null ? null : formatClock(minute));
  return { ...preferences, quietHoursStart: clock(preferences.quietHoursStart), quietHoursEnd: clock(preferences.quietHoursEnd) };
}
