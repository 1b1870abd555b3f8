import { describe, expect, it } from 'vitest';
import { defaultCareActs } from '../care-acts.js';
import { AppError } from '../errors.js';
import { validateUserInput, type UserInput } from './user-input.js';
import { fieldErrorsOf } from '../../../test/support/errors.js';

const nurse: UserInput = {
  email: '  Claire.Dupont@Exemple.FR ',
  firstName: ' Claire ',
  lastName: 'Dupont',
  profession: 'infirmier',
  rpps: '10123456781',
  mobilePhone: '06 12 34 56 78',
  isAdmin: false,
  practice: { address: ' 3  rue des Lilas ', inseeCode: '91228' },
  careActs: ['pansement', 'injection', 'pansement'],
  careModes: ['visite'],
  workingHours: [{ weekday: 1, start: '08:00', end: '12:00' }],
  absences: [{ startsOn: '2026-05-01', endsOn: '2026-05-03', reason: 'Formation' }],
  supervises: { organisationIds: [], networkIds: [] },
  networkIds: ['2b1f6a3e-8a5e-4f1e-9a51-0c7b6f2d9e11'],
  password: 'un-mot-de-passe-solide',
};

const fieldsOf = (input: UserInput, passwordRequired = true) => fieldErrorsOf(() => validateUserInput(input, { passwordRequired, careActs: defaultCareActs }));

describe('validateUserInput', () => {
  it('normalises a valid nurse', () => {
    const draft = validateUserInput(nurse, { passwordRequired: true, careActs: defaultCareActs });
    expect(draft).toMatchObject({
      email: 'claire.dupont@exemple.fr',
      firstName: 'Claire',
      profession: 'infirmier',
      rpps: '10123456781',
      adeli: null,
      mobilePhone: '+33612345678',
      organisationId: null,
      practice: { address: '3 rue des Lilas', inseeCode: '91228', postcode: null, lat: null, lng: null },
      serviceRadiusKm: 10,
      careActs: ['pansement', 'injection'],
      careModes: ['visite'],
      workingHours: [{ weekday: 1, startMinute: 480, endMinute: 720 }],
      absences: [{ startsOn: '2026-05-01', endsOn: '2026-05-03', reason: 'Formation' }],
    });
  });

  it('normalises an overseas mobile to its own country code', () => {
    expect(validateUserInput({ ...nurse, mobilePhone: '0696 12 34 56' }, { passwordRequired: true, careActs: defaultCareActs }).mobilePhone).toBe('+596696123456');
  });

  it('requires an RPPS or ADELI number for care professions only', () => {
    expect(fieldsOf({ ...nurse, rpps: null })).toEqual({ rpps: 'national_id.required' });
    expect(fieldsOf({ ...nurse, rpps: '  ' })).toEqual({ rpps: 'national_id.required' });
    expect(fieldsOf({ ...nurse, rpps: null, adeli: '756012340' })).toEqual({});
    const tiers = { ...nurse, profession: 'tiers_de_confiance', rpps: null, careActs: [], careModes: [] };
    expect(fieldsOf(tiers)).toEqual({});
  });

  it('checks the RPPS and ADELI keys', () => {
    expect(fieldsOf({ ...nurse, rpps: '10123456782' })).toEqual({ rpps: 'rpps.invalid' });
    expect(fieldsOf({ ...nurse, adeli: '756012341' })).toEqual({ adeli: 'adeli.invalid' });
    expect(validateUserInput({ ...nurse, rpps: '101 2345 6781' }, { passwordRequired: true, careActs: defaultCareActs }).rpps).toBe('10123456781');
  });

  it('wants a mobile phone', () => {
    expect(fieldsOf({ ...nurse, mobilePhone: '01 60 12 34 56' })).toEqual({ mobilePhone: 'phone.not_mobile' });
    expect(fieldsOf({ ...nurse, mobilePhone: '06 12' })).toEqual({ mobilePhone: 'phone.invalid' });
    expect(validateUserInput({ ...nurse, mobilePhone: '' }, { passwordRequired: true, careActs: defaultCareActs }).mobilePhone).toBeNull();
  });

  it('checks e-mail, names and profession', () => {
    expect(fieldsOf({ ...nurse, email: 'claire@' })).toEqual({ email: 'email.invalid' });
    expect(fieldsOf({ ...nurse, firstName: '  ', lastName: 'x'.repeat(101) })).toEqual({ firstName: 'required', lastName: 'invalid' });
    expect(fieldsOf({ ...nurse, profession: 'chirurgien' })).toEqual({ profession: 'invalid' });
  });

  it('checks care acts against the profession catalogue, and care modes', () => {
    expect(fieldsOf({ ...nurse, careActs: ['kine_respiratoire'] })).toEqual({ careActs: 'care_act.unknown' });
    expect(fieldsOf({ ...nurse, careModes: ['teleportation'] })).toEqual({ careModes: 'care_mode.unknown' });
    expect(fieldsOf({ ...nurse, profession: 'superviseur', careActs: ['pansement'], careModes: [] })).toEqual({ careActs: 'care_act.unknown' });
  });

  it('takes the allowed care acts from its options, not from the default catalogue', () => {
    const catalogue = { infirmier: ['pansement', 'soins_palliatifs'] };
    const validate = (careActs: string[]) => validateUserInput({ ...nurse, careActs }, { passwordRequired: true, careActs: catalogue });
    expect(validate(['soins_palliatifs']).careActs).toEqual(['soins_palliatifs']);
    expect(() => validate(['injection'])).toThrow(AppError);
    expect(() => validateUserInput({ ...nurse, profession: 'sage_femme', careActs: ['autre'] }, { passwordRequired: true, careActs: catalogue })).toThrow(AppError);
  });

  it('checks the service radius', () => {
    expect(fieldsOf({ ...nurse, serviceRadiusKm: 0.5 })).toEqual({ serviceRadiusKm: 'radius.invalid' });
    expect(fieldsOf({ ...nurse, serviceRadiusKm: 201 })).toEqual({ serviceRadiusKm: 'radius.invalid' });
    expect(validateUserInput({ ...nurse, serviceRadiusKm: 200 }, { passwordRequired: true, careActs: defaultCareActs }).serviceRadiusKm).toBe(200);
  });

  it('checks hours and absences', () => {
    expect(fieldsOf({ ...nurse, workingHours: [{ weekday: 1, start: '18:00', end: '08:00' }] })).toEqual({ workingHours: 'hours.invalid' });
    expect(fieldsOf({ ...nurse, absences: [{ startsOn: '2026-05-03', endsOn: '2026-05-01' }] })).toEqual({ absences: 'absence.invalid' });
  });

  it('checks the practice address and coordinates', () => {
    expect(fieldsOf({ ...nurse, practice: { address: '', inseeCode: 'abc' } })).toEqual({
      'practice.address': 'required',
      'practice.inseeCode': 'commune.unknown',
    });
    expect(fieldsOf({ ...nurse, practice: { address: '1 rue', inseeCode: '91228', lat: 48.6 } })).toEqual({ 'practice.lat': 'invalid' });
    expect(fieldsOf({ ...nurse, practice: { address: '1 rue', inseeCode: '91228', lat: 91, lng: 2 } })).toEqual({ 'practice.lat': 'invalid' });
    const draft = validateUserInput({ ...nurse, practice: { address: '1 rue', inseeCode: '2a004', lat: 41.9, lng: 8.7 } }, { passwordRequired: true, careActs: defaultCareActs });
    expect(draft.practice).toEqual({ address: '1 rue', inseeCode: '2A004', postcode: null, lat: 41.9, lng: 8.7 });
    expect(fieldsOf({ ...nurse, practice: { address: '1 rue', inseeCode: '91228', postcode: '9100' } })).toEqual({ 'practice.postcode': 'invalid' });
  });

  it('rejects ids that are not UUIDs', () => {
    expect(fieldsOf({ ...nurse, organisationId: '12' })).toEqual({ organisationId: 'invalid' });
    expect(fieldsOf({ ...nurse, networkIds: ['x'] })).toEqual({ networkIds: 'invalid' });
    expect(fieldsOf({ ...nurse, supervises: { organisationIds: ['x'], networkIds: [] } })).toEqual({ supervises: 'invalid' });
  });

  it('applies the password policy, required on create only', () => {
    expect(fieldsOf({ ...nurse, password: undefined })).toEqual({ password: 'required' });
    expect(fieldsOf({ ...nurse, password: undefined }, false)).toEqual({});
    expect(fieldsOf({ ...nurse, password: 'court' }, false)).toEqual({ password: 'password.too_short' });
    expect(fieldsOf({ ...nurse, password: 'x'.repeat(129) })).toEqual({ password: 'password.too_long' });
  });

  it('carries the password bounds for the field messages', () => {
    try {
      validateUserInput({ ...nurse, password: 'court' }, { passwordRequired: true, careActs: defaultCareActs });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).params).toEqual({ min: 12, max: 128 });
    }
  });
});
