import { describe, expect, it } from 'vitest';
import { formatFicheNumber, parseFicheNumber } from './number.js';

describe('formatFicheNumber', () => {
  it('writes # and 8 digits, zero-padded', () => {
    expect(formatFicheNumber(42)).toBe('#00000042');
    expect(formatFicheNumber(12345678)).toBe('#12345678');
    expect(formatFicheNumber(99_999_999)).toBe('#99999999');
  });

  it('refuses what does not fit in 8 digits', () => {
    expect(() => formatFicheNumber(100_000_000)).toThrow(RangeError);
    expect(() => formatFicheNumber(-1)).toThrow(RangeError);
    expect(() => formatFicheNumber(1.5)).toThrow(RangeError);
  });
});

describe('parseFicheNumber', () => {
  it.each([
    ['#12345678', 12345678],
    ['12345678', 12345678],
    [' # 1234 5678 ', 12345678],
    ['#00000042', 42],
    ['42', 42],
  ])('reads %j as %d', (text, number) => {
    expect(parseFicheNumber(text)).toBe(number);
  });

  it.each(['', '   ', '#', '123456789', '##123', '12a4', '12-34', '-12', '1.5', '１２３'])('refuses %j', (text) => {
    expect(parseFicheNumber(text)).toBeNull();
  });

  it('reads back what it formats', () => {
    expect(parseFicheNumber(formatFicheNumber(7))).toBe(7);
  });
});
