import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { searchNameKeys, wantsCloseSpellings } from './search.js';

describe('searchNameKeys', () => {
  it('gives the search keys of the typed names', () => {
    expect(searchNameKeys('  Paradïs ', 'Jean-Ph')).toEqual({ lastName: 'paradis', firstName: 'jean ph' });
  });

  it('asks for 3 letters in each name', () => {
    const fail = (last: string, first: string) => {
      try {
        searchNameKeys(last, first);
      } catch (error) {
        return error instanceof AppError ? { code: error.code, fields: error.fields } : error;
      }
      return null;
    };
    expect(fail('Pa', 'Philippe')).toEqual({ code: 'validation.failed', fields: { lastName: 'search.min_letters' } });
    expect(fail("d'", '--p')).toEqual({ code: 'validation.failed', fields: { lastName: 'search.min_letters', firstName: 'search.min_letters' } });
    expect(fail('Lé A', 'Li')).toEqual({ code: 'validation.failed', fields: { firstName: 'search.min_letters' } });
  });
});

describe('wantsCloseSpellings', () => {
  it('looks for close spellings when few names match and 4 letters of the last name are typed', () => {
    expect(wantsCloseSpellings('paradys', 0)).toBe(true);
    expect(wantsCloseSpellings('paradys', 10)).toBe(false);
    expect(wantsCloseSpellings('par', 0)).toBe(false);
    expect(wantsCloseSpellings('le g', 2)).toBe(false);
  });
});
