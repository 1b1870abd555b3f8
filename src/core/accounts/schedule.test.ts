import { describe, expect, it } from 'vitest';
import { formatClock, isIsoDate, parseAbsences, parseClock, parseWorkingHours } from './schedule.js';

describe('clock times', () => {
  it('parses HH:MM to minutes and back', () => {
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock('08:30')).toBe(510);
    expect(parseClock('23:59')).toBe(1439);
    expect(parseClock('24:00')).toBe(1440);
    expect(formatClock(510)).toBe('08:30');
    expect(formatClock(1440)).toBe('24:00');
  });

  it.each([['8:30'], ['24:01'], ['25:00'], ['12:60'], ['12h30'], [''], ['12:30:00']])('rejects %j', (value) => {
    expect(parseClock(value)).toBeNull();
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('01/02/2026')).toBe(false);
  });
});

describe('parseWorkingHours', () => {
  it('sorts slots by weekday and start', () => {
    expect(
      parseWorkingHours([
        { weekday: 2, start: '14:00', end: '18:00' },
        { weekday: 1, start: '08:00', end: '12:00' },
        { weekday: 2, start: '08:00', end: '12:00' },
      ]),
    ).toEqual([
      { weekday: 1, startMinute: 480, endMinute: 720 },
      { weekday: 2, startMinute: 480, endMinute: 720 },
      { weekday: 2, startMinute: 840, endMinute: 1080 },
    ]);
    expect(parseWorkingHours([])).toEqual([]);
  });

  it('rejects reversed or empty ranges, bad weekdays and overlaps', () => {
    expect(parseWorkingHours([{ weekday: 1, start: '12:00', end: '08:00' }])).toBeNull();
    expect(parseWorkingHours([{ weekday: 1, start: '08:00', end: '08:00' }])).toBeNull();
    expect(parseWorkingHours([{ weekday: 0, start: '08:00', end: '12:00' }])).toBeNull();
    expect(parseWorkingHours([{ weekday: 8, start: '08:00', end: '12:00' }])).toBeNull();
    expect(parseWorkingHours([{ weekday: 1.5, start: '08:00', end: '12:00' }])).toBeNull();
    expect(
      parseWorkingHours([
        { weekday: 3, start: '08:00', end: '12:30' },
        { weekday: 3, start: '12:00', end: '18:00' },
      ]),
    ).toBeNull();
  });

  it('allows back-to-back slots and a slot ending at midnight', () => {
    expect(
      parseWorkingHours([
        { weekday: 5, start: '08:00', end: '12:00' },
        { weekday: 5, start: '12:00', end: '24:00' },
      ]),
    ).toHaveLength(2);
  });
});

describe('parseAbsences', () => {
  it('trims reasons and sorts by start', () => {
    expect(
      parseAbsences([
        { startsOn: '2026-08-01', endsOn: '2026-08-15', reason: '  Congés  ' },
        { startsOn: '2026-03-02', endsOn: '2026-03-02', reason: '' },
      ]),
    ).toEqual([
      { startsOn: '2026-03-02', endsOn: '2026-03-02', reason: null },
      { startsOn: '2026-08-01', endsOn: '2026-08-15', reason: 'Congés' },
    ]);
  });

  it('rejects reversed ranges, invalid dates and long reasons', () => {
    expect(parseAbsences([{ startsOn: '2026-03-05', endsOn: '2026-03-04' }])).toBeNull();
    expect(parseAbsences([{ startsOn: '2026-02-30', endsOn: '2026-03-04' }])).toBeNull();
    expect(parseAbsences([{ startsOn: '2026-03-01', endsOn: '2026-03-04', reason: 'x'.repeat(201) }])).toBeNull();
  });
});
