import { describe, expect, it } from 'vitest';
import { ageInMonths, ageInYears, frenchDate, isIsoDate, localDate } from './dates.js';

describe('patient dates', () => {
  it('recognises real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('01/01/1970')).toBe(false);
  });

  it('computes completed years and months', () => {
    expect(ageInYears('1970-01-01', '2022-08-09')).toBe(52);
    expect(ageInYears('1970-08-10', '2022-08-09')).toBe(51);
    expect(ageInYears('1970-08-09', '2022-08-09')).toBe(52);
    expect(ageInYears('2000-02-29', '2001-02-28')).toBe(0);
    expect(ageInYears('2000-02-29', '2001-03-01')).toBe(1);
    expect(ageInMonths('2026-01-15', '2026-03-10')).toBe(1);
    expect(ageInMonths('2026-03-11', '2026-03-10')).toBe(0);
  });

  it('gives the local date of an instant', () => {
    const instant = new Date('2026-03-10T22:30:00Z');
    expect(localDate(instant, 'Europe/Paris')).toBe('2026-03-10');
    expect(localDate(instant, 'Indian/Reunion')).toBe('2026-03-11');
    expect(localDate(new Date('2026-03-11T02:00:00Z'), 'America/Martinique')).toBe('2026-03-10');
  });

  it('writes dates the French way', () => {
    expect(frenchDate('1970-01-01')).toBe('01/01/1970');
  });
});
