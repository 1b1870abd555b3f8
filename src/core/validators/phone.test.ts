import { describe, expect, it } from 'vitest';
import { normalizePhone } from './phone.js';

const e164 = (input: string) => normalizePhone(input)?.e164 ?? null;

describe('normalizePhone — metropolitan France', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['  06 12 34 56 78  ', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33612345678', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['0033612345678', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['+33 06 12 34 56 78', '+33612345678'],
    ['07 81 23 45 67', '+33781234567'],
    ['01 60 12 34 56', '+33160123456'],
    ['09 70 12 34 56', '+33970123456'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhone(input)).toEqual({ e164: expected, region: 'FR', mobile: expected.startsWith('+336') || expected.startsWith('+337') });
  });

  it('tells mobiles from fixed lines', () => {
    expect(normalizePhone('06 12 34 56 78')?.mobile).toBe(true);
    expect(normalizePhone('07 51 23 45 67')?.mobile).toBe(true);
    expect(normalizePhone('01 69 12 34 56')?.mobile).toBe(false);
    expect(normalizePhone('09 51 23 45 67')?.mobile).toBe(false);
    expect(normalizePhone('08 00 12 34 56')?.mobile).toBe(false);
  });

  it('does not count 0700 (machine-to-machine) as a mobile', () => {
    expect(normalizePhone('07 00 12 34 56')?.mobile).toBe(false);
    expect(normalizePhone('07 20 12 34 56')?.mobile).toBe(false);
  });
});

describe('normalizePhone — overseas departments keep their own country code', () => {
  it.each([
    ['0696 12 34 56', '+596696123456', 'MQ', true],
    ['0697 12 34 56', '+596697123456', 'MQ', true],
    ['0596 12 34 56', '+596596123456', 'MQ', false],
    ['0690 12 34 56', '+590690123456', 'GP', true],
    ['0691 12 34 56', '+590691123456', 'GP', true],
    ['0590 12 34 56', '+590590123456', 'GP', false],
    ['0694 12 34 56', '+594694123456', 'GF', true],
    ['0594 12 34 56', '+594594123456', 'GF', false],
    ['0692 12 34 56', '+262692123456', 'RE', true],
    ['0693 12 34 56', '+262693123456', 'RE', true],
    ['0262 12 34 56', '+262262123456', 'RE', false],
    ['0639 12 34 56', '+262639123456', 'YT', true],
    ['0269 61 23 45', '+262269612345', 'YT', false],
    ['05 08 41 23 45', '+508412345', 'PM', false],
    ['05 08 55 12 34', '+508551234', 'PM', true],
  ])('%s → %s (%s)', (input, expected, region, mobile) => {
    expect(normalizePhone(input)).toEqual({ e164: expected, region, mobile });
  });

  it('never maps an overseas national number to +33', () => {
    expect(e164('0696123456')).not.toMatch(/^\+33/);
    expect(e164('0692123456')).not.toMatch(/^\+33/);
  });

  it('accepts numbers already in E.164 and keeps them', () => {
    for (const n of ['+596696123456', '+590690123456', '+594694123456', '+262692123456', '+262639123456', '+508412345']) {
      expect(e164(n)).toBe(n);
    }
    expect(normalizePhone('+262 639 12 34 56')).toEqual({ e164: '+262639123456', region: 'YT', mobile: true });
    expect(normalizePhone('00596 696 12 34 56')?.e164).toBe('+596696123456');
  });

  it('rejects an overseas prefix under the wrong country code', () => {
    expect(normalizePhone('+596 690 12 34 56')).toBeNull();
    expect(normalizePhone('+590 696 12 34 56')).toBeNull();
    expect(normalizePhone('+262 596 12 34 56')).toBeNull();
    expect(normalizePhone('+596 612 34 56 7')).toBeNull();
  });

  it('reads a +33 number with an overseas prefix as the national number', () => {
    expect(e164('+33 696 12 34 56')).toBe('+596696123456');
  });
});

describe('normalizePhone — rejects', () => {
  it.each([
    [''],
    ['   '],
    ['06 12 34 56 7'],
    ['06 12 34 56 789'],
    ['6 12 34 56 78'],
    ['612345678'],
    ['06 12 AB 56 78'],
    ['O6 12 34 56 78'],
    ['tel: 0612345678'],
    ['00 12 34 56 78'],
    ['0012345678'],
    ['0044 20 7946 0958'],
    ['+44 20 7946 0958'],
    ['+1 212 555 0100'],
    ['+33 6 12 34 56'],
    ['+33 6 12 34 56 78 9'],
    ['+508 41 23 45 6'],
    ['++33612345678'],
    ['06+12345678'],
    ['06 12 34 56 78 #1'],
  ])('%j', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});
