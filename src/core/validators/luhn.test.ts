import { describe, expect, it } from 'vitest';
import { isValidAdeli, isValidRpps, luhn, luhnCheckDigit } from './luhn.js';

describe('luhn', () => {
  it('accepts classic Luhn numbers and rejects altered ones', () => {
    expect(luhn('79927398713')).toBe(true);
    expect(luhn('79927398710')).toBe(false);
    expect(luhn('0')).toBe(true);
    expect(luhn('4539578763621486')).toBe(true);
  });

  it('rejects empty strings and non-digits', () => {
    expect(luhn('')).toBe(false);
    expect(luhn('1234 5678')).toBe(false);
    expect(luhn('12a4')).toBe(false);
  });

  it('computes the check digit that makes a number valid', () => {
    expect(luhnCheckDigit('7992739871')).toBe('3');
    expect(luhnCheckDigit('1012345678')).toBe('1');
    for (const partial of ['1000000000', '1099999999', '91600123', '1', '']) {
      expect(luhn(partial + luhnCheckDigit(partial))).toBe(true);
    }
    expect(() => luhnCheckDigit('12x')).toThrow();
  });
});

describe('isValidRpps', () => {
  it('accepts the synthetic examples of the research note', () => {
    expect(isValidRpps('10123456781')).toBe(true);
    expect(isValidRpps('10000000009')).toBe(true);
    expect(isValidRpps('10999999997')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidRpps('10123456782')).toBe(false);
    expect(isValidRpps('10000000000')).toBe(false);
  });

  it('rejects other lengths, the 12-character IdNat and non-digits', () => {
    expect(isValidRpps('1012345678')).toBe(false);
    expect(isValidRpps('810123456781')).toBe(false);
    expect(isValidRpps('1012345678a')).toBe(false);
    expect(isValidRpps(' 10123456781')).toBe(false);
  });
});

describe('isValidAdeli', () => {
  it('accepts real and synthetic samples', () => {
    expect(isValidAdeli('012600631')).toBe(true);
    expect(isValidAdeli('759124159')).toBe(true);
    expect(isValidAdeli('756012340')).toBe(true);
  });

  it('rejects a wrong key, other lengths and RPPS numbers', () => {
    expect(isValidAdeli('756012341')).toBe(false);
    expect(isValidAdeli('75601234')).toBe(false);
    expect(isValidAdeli('10123456781')).toBe(false);
    expect(isValidAdeli('7560I2340')).toBe(false);
  });
});
