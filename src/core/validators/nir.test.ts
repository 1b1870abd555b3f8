import { describe, expect, it } from 'vitest';
import { checkNir, compactNir, nirKey, nirMismatch } from './nir.js';

describe('checkNir', () => {
  it.each([
    ['1 85 05 75 123 456 73', '185057512345673'],
    ['2 69 01 97 105 123 52', '269019710512352'],
    ['2 90 12 972 09 017 65', '290129720901765'],
    ['2 85 02 2A 004 123 55', '285022A00412355'],
    ['1 92 11 2B 033 045 14', '192112B03304514'],
    ['2 85 02 2a 004 123 55', '285022A00412355'],
    ['1.85.05.75.123.456-73', '185057512345673'],
  ])('accepts %s', (input, nir) => {
    expect(checkNir(input)).toEqual({ nir });
  });

  it('reads 2A as 19 and 2B as 18 for the key (not as 20)', () => {
    expect(nirKey('2850219004123')).toBe('55');
    expect(nirKey('285022A004123')).toBe('55');
    expect(nirKey('1921118033045')).toBe('14');
    expect(nirKey('192112B033045')).toBe('14');
    expect(checkNir('2 85 02 20 004 123 55')).toEqual({ problem: 'invalid_key' });
  });

  it('refuses a wrong key', () => {
    expect(checkNir('1 85 05 75 123 456 74')).toEqual({ problem: 'invalid_key' });
    expect(checkNir('2 85 02 2B 004 123 55')).toEqual({ problem: 'invalid_key' });
    expect(checkNir('1 85 05 75 123 456 00')).toEqual({ problem: 'invalid_key' });
  });

  it.each([[''], ['1 85 05 75 123 456'], ['1 85 05 75 123 456 733'], ['5 85 05 75 123 456 73'], ['0 85 05 75 123 456 73'], ['1 85 05 2C 123 456 73'], ['1 85 05 75 12A 456 73'], ['1 85 05 75 123 456 7O']])(
    'refuses the shape %j',
    (input) => {
      expect(checkNir(input)).toEqual({ problem: 'invalid' });
    },
  );

  it('accepts provisional first digits 3, 4, 7 and 8', () => {
    for (const first of ['3', '4', '7', '8']) {
      const body = `${first}850575123456`;
      expect(checkNir(body + (nirKey(body) ?? ''))).toEqual({ nir: body + nirKey(body) });
    }
  });

  it('compacts the input', () => {
    expect(compactNir(' 2 85 02 2a 004 123 55 ')).toBe('285022A00412355');
    expect(nirKey('bad')).toBeNull();
  });
});

describe('nirMismatch', () => {
  it('accepts a NIR that agrees with sex, year and month', () => {
    expect(nirMismatch('185057512345673', 'M', '1985-05-17')).toBeNull();
    expect(nirMismatch('285022A00412355', 'F', '1985-02-01')).toBeNull();
  });
  it('checks the sex digit, except for provisional numbers', () => {
    expect(nirMismatch('185057512345673', 'F', '1985-05-17')).toBe('sex_mismatch');
    expect(nirMismatch('285022A00412355', 'M', '1985-02-01')).toBe('sex_mismatch');
    expect(nirMismatch('385057512345673', 'F', '1985-05-17')).toBeNull();
    expect(nirMismatch('785057512345673', 'M', '1985-05-17')).toBeNull();
  });
  it('checks the year modulo 100 and the month', () => {
    expect(nirMismatch('185057512345673', 'M', '1986-05-17')).toBe('birth_mismatch');
    expect(nirMismatch('185057512345673', 'M', '2085-05-17')).toBeNull();
    expect(nirMismatch('185057512345673', 'M', '1985-06-17')).toBe('birth_mismatch');
  });
  it('does not check unknown months (20–42, 50 and above)', () => {
    for (const mm of ['20', '33', '42', '50', '99']) expect(nirMismatch(`185${mm}7512345673`, 'M', '1985-11-17')).toBeNull();
    for (const mm of ['00', '13', '19', '43', '49']) expect(nirMismatch(`185${mm}7512345673`, 'M', '1985-11-17')).toBe('birth_mismatch');
  });
});
