import { describe, expect, it } from 'vitest';
import { picasso } from '../../pages/patients/test-fixtures.js';
import { newPatientValues, splitFieldErrors, toPatientInput, valuesFromPatient } from './patient-values.js';

describe('patient form values', () => {
  it('round-trips a stored patient, phones shown the French way, empty fields left out', () => {
    const values = valuesFromPatient({ ...picasso, phone2: '+596696123456', regime: 'agricole' });
    expect(values.phone).toBe('06 45 67 89 12');
    expect(values.phone2).toBe('06 96 12 34 56');
    expect(values.addressText).toBe(picasso.address.label);
    expect(toPatientInput({ ...values, email: '  ' })).toEqual({
      phone: '06 45 67 89 12',
      phone2: '06 96 12 34 56',
      lastName: 'Picasso',
      firstName: 'Pablo',
      sex: 'M',
      birthDate: '1952-08-09',
      birthPlace: null,
      identityStatus: 'provisoire',
      regime: 'agricole',
      address: picasso.address,
      digicode: '4521B',
    });
  });

  it('prefills a new patient with the four fields of the search', () => {
    const values = newPatientValues({ phone: '0600000000', lastName: 'Picasso', firstName: 'Pablo', birthDate: '1952-08-09' });
    expect(values).toMatchObject({ phone: '0600000000', lastName: 'Picasso', sex: '', address: null, territory: 'metropole' });
  });

  it("puts the API's nested field errors under their input and keeps the others for the alert", () => {
    expect(splitFieldErrors({ 'address.lat': 'Position invalide.', nir: 'NIR invalide.', 'foo.bar': 'Autre.' })).toEqual({
      shown: { address: 'Position invalide.', nir: 'NIR invalide.' },
      unshown: ['foo.bar'],
    });
  });
});
