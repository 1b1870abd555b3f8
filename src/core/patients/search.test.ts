import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { isCompleteIdentity, matchesIdentity, normalizeSearchCriteria } from './search.js';

const patient = { phone: '+33612345678', phone2: '+596696123456', lastNameSearch: 'leveque', firstNameSearch: 'eloise', birthDate: '1970-01-01' };

describe('patient search criteria', () => {
  it('normalises phones, names and dates; blanks are null', () => {
    expect(normalizeSearchCriteria({ phone: '06 12 34 56 78', lastName: ' Lévêque ', firstName: 'ÉLOÏSE', birthDate: '1970-01-01' })).toEqual({
      phone: '+33612345678',
      lastName: 'leveque',
      firstName: 'eloise',
      birthDate: '1970-01-01',
    });
    expect(normalizeSearchCriteria({ phone: ' ', lastName: 'Dupont' })).toEqual({ phone: null, lastName: 'dupont', firstName: null, birthDate: null });
  });

  it('refuses unreadable phones and dates', () => {
    expect(() => normalizeSearchCriteria({ phone: '12' })).toThrow(AppError);
    expect(() => normalizeSearchCriteria({ birthDate: '1970-02-30' })).toThrow(AppError);
  });

  it('matches an identity only on all four criteria, either phone', () => {
    const full = normalizeSearchCriteria({ phone: '0696 12 34 56', lastName: 'leveque', firstName: 'Eloise', birthDate: '1970-01-01' });
    expect(isCompleteIdentity(full)).toBe(true);
    expect(matchesIdentity(patient, full)).toBe(true);
    expect(matchesIdentity(patient, { ...full, birthDate: '1970-01-02' })).toBe(false);
    expect(matchesIdentity(patient, { ...full, lastName: 'lev' })).toBe(false);
    expect(matchesIdentity(patient, { ...full, phone: null })).toBe(false);
  });
});
