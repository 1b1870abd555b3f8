import { describe, expect, it } from 'vitest';
import { parseAccessReportLookup, wallClockLabel, type AccessReportLookupInput } from './access-report.js';
import { fieldErrorsOf } from '../../../test/support/errors.js';

const fieldsOf = (input: AccessReportLookupInput) => fieldErrorsOf(() => parseAccessReportLookup(input), 'patients.access_lookup_invalid');

describe('parseAccessReportLookup', () => {
  it('reads an identity: names without accents nor case, ISO birth date', () => {
    expect(parseAccessReportLookup({ lastName: '  LEFÈVRE-Dupont ', firstName: 'Éloïse', birthDate: '1952-03-09' })).toEqual({
      nir: null,
      lastName: 'lefevre dupont',
      firstName: 'eloise',
      birthDate: '1952-03-09',
    });
  });

  it('reads a NIR alone, compacted, or with the identity fields given', () => {
    expect(parseAccessReportLookup({ nir: '2 52 03 75 056 123 71' })).toEqual({ nir: '252037505612371', lastName: null, firstName: null, birthDate: null });
    expect(parseAccessReportLookup({ nir: '252037505612371', lastName: 'Lefèvre' })).toMatchObject({ nir: '252037505612371', lastName: 'lefevre' });
  });

  it('asks for the three identity fields without a NIR', () => {
    expect(fieldsOf({})).toEqual({ lastName: 'required', firstName: 'required', birthDate: 'required' });
    expect(fieldsOf({ lastName: 'Morel', firstName: ' ', birthDate: '' })).toEqual({ firstName: 'required', birthDate: 'required' });
  });

  it('refuses an unreal date and a NIR with a wrong shape or key', () => {
    expect(fieldsOf({ lastName: 'Morel', firstName: 'Claire', birthDate: '1970-02-30' })).toEqual({ birthDate: 'date.invalid' });
    expect(fieldsOf({ lastName: 'Morel', firstName: 'Claire', birthDate: '09/03/1952' })).toEqual({ birthDate: 'date.invalid' });
    expect(fieldsOf({ nir: '12345' })).toEqual({ nir: 'nir.invalid' });
    expect(fieldsOf({ nir: '252037505612372' })).toEqual({ nir: 'nir.invalid_key' });
  });
});

describe('wallClockLabel', () => {
  it('shows the instant on the wall clock of the time zone, seconds included', () => {
    const instant = new Date('2026-01-15T08:04:05Z');
    expect(wallClockLabel(instant, 'Europe/Paris')).toBe('15/01/2026 09:04:05');
    expect(wallClockLabel(instant, 'America/Martinique')).toBe('15/01/2026 04:04:05');
    expect(wallClockLabel(new Date('2026-07-14T22:30:00Z'), 'Europe/Paris')).toBe('15/07/2026 00:30:00');
  });
});
