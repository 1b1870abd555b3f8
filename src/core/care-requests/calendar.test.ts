import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, localDateTime } from './calendar.js';

describe('calendar', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-03-10', 1)).toBe('2026-03-11');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-10', 366)).toBe('2027-03-11');
  });

  it('gives ISO weekdays (Monday 1 … Sunday 7)', () => {
    expect(isoWeekday('2026-03-09')).toBe(1);
    expect(isoWeekday('2026-03-15')).toBe(7);
  });

  it('reads the local wall clock of a time zone', () => {
    expect(localDateTime(new Date('2026-03-10T23:30:00Z'), 'Europe/Paris')).toEqual({ date: '2026-03-11', minute: 30 });
    expect(localDateTime(new Date('2026-03-10T23:30:00Z'), 'Indian/Reunion')).toEqual({ date: '2026-03-11', minute: 210 });
    expect(localDateTime(new Date('2026-03-10T02:00:00Z'), 'America/Cayenne')).toEqual({ date: '2026-03-09', minute: 1380 });
    expect(localDateTime(new Date('2026-03-10T00:00:00Z'), 'UTC')).toEqual({ date: '2026-03-10', minute: 0 });
  });
});
