import { describe, expect, it } from 'vitest';
import { startWindow } from './window.js';

const within = (startWithinMinutes: number, timeZone = 'Europe/Paris') => ({ startOn: null, startWithinMinutes, timeZone });

describe('startWindow', () => {
  it('gives the whole local day of a Date d\'inter', () => {
    expect(startWindow({ startOn: '2026-03-12', startWithinMinutes: null, timeZone: 'Europe/Paris' }, new Date('2026-03-10T12:00:00Z'))).toEqual([
      { date: '2026-03-12', weekday: 4, fromMinute: 0, toMinute: 1440 },
    ]);
  });

  it('gives the whole local day on a daylight-saving Sunday too', () => {
    expect(startWindow({ startOn: '2026-03-29', startWithinMinutes: null, timeZone: 'Europe/Paris' }, new Date('2026-03-28T12:00:00Z'))).toEqual([
      { date: '2026-03-29', weekday: 7, fromMinute: 0, toMinute: 1440 },
    ]);
  });

  it('runs a Délai d\'inter from now on the local wall clock, to the minute', () => {
    // 09:00:45 UTC is 10:00 in Paris (UTC+1 in winter).
    expect(startWindow(within(120), new Date('2026-03-10T09:00:45Z'))).toEqual([{ date: '2026-03-10', weekday: 2, fromMinute: 600, toMinute: 720 }]);
  });

  it('cuts a window over midnight into two local days', () => {
    // 21:30 UTC is 22:30 in Paris; four hours later it is 02:30 the next day.
    expect(startWindow(within(240), new Date('2026-03-10T21:30:00Z'))).toEqual([
      { date: '2026-03-10', weekday: 2, fromMinute: 1350, toMinute: 1440 },
      { date: '2026-03-11', weekday: 3, fromMinute: 0, toMinute: 150 },
    ]);
  });

  it('ends a window at midnight with 1440, without an empty next day', () => {
    expect(startWindow(within(60), new Date('2026-03-10T22:00:00Z'))).toEqual([{ date: '2026-03-10', weekday: 2, fromMinute: 1380, toMinute: 1440 }]);
  });

  it('spreads a 72 h window over four local days', () => {
    expect(startWindow(within(4320), new Date('2026-03-10T09:00:00Z'))).toEqual([
      { date: '2026-03-10', weekday: 2, fromMinute: 600, toMinute: 1440 },
      { date: '2026-03-11', weekday: 3, fromMinute: 0, toMinute: 1440 },
      { date: '2026-03-12', weekday: 4, fromMinute: 0, toMinute: 1440 },
      { date: '2026-03-13', weekday: 5, fromMinute: 0, toMinute: 600 },
    ]);
  });

  it('jumps the missing hour when Paris springs forward', () => {
    // 00:30 UTC on 29 March 2026 is 01:30 CET; an hour later it is 03:30 CEST.
    expect(startWindow(within(60), new Date('2026-03-29T00:30:00Z'))).toEqual([{ date: '2026-03-29', weekday: 7, fromMinute: 90, toMinute: 210 }]);
  });

  it('keeps the repeated hour when Paris falls back', () => {
    // 00:30 UTC on 25 October 2026 is 02:30 CEST; an hour later it is 02:30 CET: the clock went through 02:00–03:00.
    expect(startWindow(within(60), new Date('2026-10-25T00:30:00Z'))).toEqual([{ date: '2026-10-25', weekday: 7, fromMinute: 120, toMinute: 180 }]);
  });

  it('spans a daylight-saving change inside a long window', () => {
    // From Saturday 28 March 10:00 CET to Monday 30 March 11:00 CEST (48 real hours).
    expect(startWindow(within(2880), new Date('2026-03-28T09:00:00Z'))).toEqual([
      { date: '2026-03-28', weekday: 6, fromMinute: 600, toMinute: 1440 },
      { date: '2026-03-29', weekday: 7, fromMinute: 0, toMinute: 1440 },
      { date: '2026-03-30', weekday: 1, fromMinute: 0, toMinute: 660 },
    ]);
  });

  it('reads Martinique time (UTC−4, no daylight saving), even on the days Paris and the USA change', () => {
    // 02:30 UTC on 10 March is 22:30 on 9 March in Fort-de-France.
    expect(startWindow(within(240, 'America/Martinique'), new Date('2026-03-10T02:30:00Z'))).toEqual([
      { date: '2026-03-09', weekday: 1, fromMinute: 1350, toMinute: 1440 },
      { date: '2026-03-10', weekday: 2, fromMinute: 0, toMinute: 150 },
    ]);
    expect(startWindow(within(120, 'America/Martinique'), new Date('2026-03-08T05:00:00Z'))).toEqual([{ date: '2026-03-08', weekday: 7, fromMinute: 60, toMinute: 180 }]);
    expect(startWindow(within(120, 'America/Martinique'), new Date('2026-03-29T00:30:00Z'))).toEqual([
      { date: '2026-03-28', weekday: 6, fromMinute: 1230, toMinute: 1350 },
    ]);
  });

  it('is empty without a start', () => {
    expect(startWindow({ startOn: null, startWithinMinutes: null, timeZone: 'Europe/Paris' }, new Date('2026-03-10T12:00:00Z'))).toEqual([]);
  });
});
