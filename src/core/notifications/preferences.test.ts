import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { preferencesForm, validateNotificationPreferences } from './preferences.js';

const base = { notifySms: true, notifyEmail: false, notifyPush: true };
const fieldsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.fields : null;
  }
  return null;
};

describe('notification preferences', () => {
  it('takes quiet hours that cross midnight, or none', () => {
    expect(validateNotificationPreferences({ ...base, quietHoursStart: '20:30', quietHoursEnd: '07:00' })).toEqual({ ...base, quietHoursStart: 1230, quietHoursEnd: 420 });
    expect(validateNotificationPreferences({ ...base, quietHoursStart: '', quietHoursEnd: null })).toEqual({ ...base, quietHoursStart: null, quietHoursEnd: null });
    expect(preferencesForm({ ...base, quietHoursStart: 1230, quietHoursEnd: 420 })).toEqual({ ...base, quietHoursStart: '20:30', quietHoursEnd: '07:00' });
  });

  it('refuses half a range, a bad time and an empty range', () => {
    expect(fieldsOf(() => validateNotificationPreferences({ ...base, quietHoursStart: '20:00' }))).toEqual({ quietHoursEnd: 'quiet_hours.both' });
    expect(fieldsOf(() => validateNotificationPreferences({ ...base, quietHoursStart: '25:00', quietHoursEnd: '07:00' }))).toEqual({ quietHoursStart: 'quiet_hours.invalid' });
    expect(fieldsOf(() => validateNotificationPreferences({ ...base, quietHoursStart: '24:00', quietHoursEnd: '07:00' }))).toEqual({ quietHoursStart: 'quiet_hours.invalid' });
    expect(fieldsOf(() => validateNotificationPreferences({ ...base, quietHoursStart: '07:00', quietHoursEnd: '07:00' }))).toEqual({ quietHoursEnd: 'quiet_hours.empty' });
  });
});
