import { describe, expect, it } from 'vitest';
import { validatePatientInput, type PatientInput } from './patient-input.js';
import { fieldErrorsOf } from '../../../test/support/errors.js';

const now = new Date('2026-03-10T12:00:00Z');

const evry = { label: '12 rue de la Paix 91000 Évry-Courcouronnes', address: '12 rue de la Paix', postcode: '91000', city: 'Évry-Courcouronnes', inseeCode: '91228', lat: 48.62, lng: 2.43, territory: 'metropole' };

const valid = (overrides: Partial<Record<keyof PatientInput, unknown>> = {}): PatientInput =>
  ({ phone: '06 12 34 56 78', lastName: ' Picasso ', firstName: 'Pablo', sex: 'M', birthDate: '1985-05-17', address: evry, ...overrides }) as PatientInput;

const fieldsOf = (input: PatientInput, at = now) => fieldErrorsOf(() => validatePatientInput(input, at));

describe('validatePatientInput', () => {
  it('normalises a minimal patient', () => {
    const draft = validatePatientInput(valid(), now);
    expect(draft).toMatchObject({ phone: '+33612345678', phone2: null, email: null, lastName: 'Picasso', identityStatus: 'provisoire', regime: null, digicode: null });
    expect(draft.address).toMatchObject({ territory: 'metropole', timeZone: 'Europe/Paris', inseeCode: '91228' });
  });

  it('keeps every optional field, normalised', () => {
    const draft = validatePatientInput(
      valid({
        phone2: '0696 12 34 56',
        email: ' Pablo@Exemple.FR ',
        birthName: 'Ruiz',
        birthPlace: { code: '2a004', name: 'Ajaccio' },
        nir: '1 85 05 75 123 456 73',
        ins: '185057512345673',
        identityStatus: 'qualifiee',
        occupation: 'Peintre',
        regime: 'independant',
        floor: '3e',
        digicode: '4521B',
      }),
      now,
    );
    expect(draft).toMatchObject({ phone2: '+596696123456', email: 'pablo@exemple.fr', birthPlace: { code: '2A004', name: 'Ajaccio' }, nir: '185057512345673', ins: '185057512345673', identityStatus: 'qualifiee', regime: 'independant', floor: '3e', digicode: '4521B' });
  });

  it('names every missing required field', () => {
    expect(fieldsOf(valid({ phone: '', lastName: ' ', firstName: '', sex: '', birthDate: '' }))).toEqual({
      phone: 'required',
      lastName: 'required',
      firstName: 'required',
      sex: 'sex.required',
      birthDate: 'required',
    });
  });

  it('refuses bad phones, e-mails, régimes and long texts', () => {
    expect(fieldsOf(valid({ phone: '06 12', phone2: '+44 20 7946 0958', email: 'pablo@', regime: 'mutuelle', door: 'x'.repeat(101), sex: 'X' }))).toEqual({
      phone: 'phone.invalid',
      phone2: 'phone.invalid',
      email: 'email.invalid',
      regime: 'invalid',
      door: 'text.too_long',
      sex: 'invalid',
    });
  });

  it('refuses dates in the future, before 1900 or impossible', () => {
    expect(fieldsOf(valid({ birthDate: '2026-03-11' }))).toEqual({ birthDate: 'date.future' });
    expect(fieldsOf(valid({ birthDate: '1899-12-31' }))).toEqual({ birthDate: 'birth_date.too_old' });
    expect(fieldsOf(valid({ birthDate: '1985-02-30' }))).toEqual({ birthDate: 'date.invalid' });
    expect(fieldsOf(valid({ birthDate: '17/05/1985' }))).toEqual({ birthDate: 'date.invalid' });
    expect(fieldsOf(valid({ birthDate: '2026-03-10' }))).toEqual({});
  });

  it('judges "today" in the time zone of the home', () => {
    const lateEvening = new Date('2026-03-10T22:30:00Z');
    const reunion = { label: '1 rue de Paris 97400 Saint-Denis', address: '1 rue de Paris', postcode: '97400', city: 'Saint-Denis', inseeCode: '97411', lat: -20.88, lng: 55.45, territory: 'reunion' };
    expect(fieldsOf(valid({ birthDate: '2026-03-11', address: reunion }), lateEvening)).toEqual({});
    expect(fieldsOf(valid({ birthDate: '2026-03-11' }), lateEvening)).toEqual({ birthDate: 'date.future' });
  });

  it('checks the NIR key, shape and consistency', () => {
    expect(fieldsOf(valid({ nir: '1 85 05 75 123 456 74' }))).toEqual({ nir: 'nir.invalid_key' });
    expect(fieldsOf(valid({ nir: '1 85 05 75 123' }))).toEqual({ nir: 'nir.invalid' });
    expect(fieldsOf(valid({ nir: '1 85 05 75 123 456 73', sex: 'F' }))).toEqual({ nir: 'nir.sex_mismatch' });
    expect(fieldsOf(valid({ nir: '1 85 05 75 123 456 73', birthDate: '1985-06-17' }))).toEqual({ nir: 'nir.birth_mismatch' });
    expect(fieldsOf(valid({ nir: '2 85 02 2A 004 123 55', sex: 'F', birthDate: '1985-02-01' }))).toEqual({});
    expect(fieldsOf(valid({ nir: '1 92 11 2B 033 045 14', birthDate: '1992-11-30' }))).toEqual({});
  });

  it('ties the INS to its identity status', () => {
    expect(fieldsOf(valid({ ins: '185057512345673' }))).toEqual({ identityStatus: 'ins.status_required' });
    expect(fieldsOf(valid({ identityStatus: 'qualifiee' }))).toEqual({ ins: 'ins.required' });
    expect(fieldsOf(valid({ identityStatus: 'recuperee' }))).toEqual({ ins: 'ins.required' });
    expect(fieldsOf(valid({ identityStatus: 'validee' }))).toEqual({});
    expect(fieldsOf(valid({ identityStatus: 'certaine' }))).toEqual({ identityStatus: 'invalid' });
    expect(fieldsOf(valid({ ins: '185057512345674', identityStatus: 'qualifiee' }))).toEqual({ ins: 'ins.invalid_key' });
    expect(fieldsOf(valid({ ins: '285057512345673', identityStatus: 'qualifiee' }))).toMatchObject({ ins: expect.stringMatching(/^ins\./) });
  });

  it('refuses an address that did not come from the suggestions', () => {
    expect(fieldsOf(valid({ address: { ...evry, territory: 'martinique' } }))).toEqual({ address: 'address.invalid' });
    expect(fieldsOf(valid({ address: { ...evry, lat: 14.6, lng: -61.05 } }))).toEqual({ address: 'address.invalid' });
    expect(fieldsOf(valid({ address: { ...evry, label: '' } }))).toEqual({ address: 'address.invalid' });
  });

  it('refuses a malformed birth place', () => {
    expect(fieldsOf(valid({ birthPlace: { code: '123', name: 'Nulle part' } }))).toEqual({ birthPlace: 'birth_place.invalid' });
    expect(validatePatientInput(valid({ birthPlace: { code: '99134', name: 'Espagne' } }), now).birthPlace).toEqual({ code: '99134', name: 'Espagne' });
  });
});
