import { describe, expect, it } from 'vitest';
import type { UserDetail } from '../../api/types.js';
import { newUserValues, toUserInput, unshownFields, valuesFromUser } from './values.js';

const detail: UserDetail = {
  id: 'u1',
  email: 'lea@exemple.fr',
  firstName: 'Léa',
  lastName: 'Dupont',
  profession: 'masseur_kinesitherapeute',
  organisation: null,
  organisationId: null,
  isAdmin: false,
  isSupervisor: false,
  active: true,
  city: 'Évry-Courcouronnes',
  rpps: null,
  adeli: '756012340',
  mobilePhone: '+596696123456',
  practice: { address: '1 rue A', inseeCode: '91228', postcode: '91080', city: 'Évry-Courcouronnes', lat: 48.6, lng: 2.4 },
  serviceRadiusKm: 15,
  careActs: ['drainage'],
  careModes: ['visite'],
  workingHours: [{ weekday: 6, start: '09:00', end: '12:00' }],
  absences: [{ id: 'a1', startsOn: '2026-07-01', endsOn: '2026-07-15', reason: null }],
  supervises: { organisationIds: [], networkIds: [] },
  networkIds: [],
};

describe('user form values', () => {
  it('round-trips a user: no password, phone shown the French way, coordinates kept', () => {
    const values = valuesFromUser(detail);
    expect(values.mobilePhone).toBe('06 96 12 34 56');
    expect(toUserInput(values)).toEqual({
      email: 'lea@exemple.fr',
      firstName: 'Léa',
      lastName: 'Dupont',
      profession: 'masseur_kinesitherapeute',
      rpps: null,
      adeli: '756012340',
      mobilePhone: '06 96 12 34 56',
      organisationId: null,
      isAdmin: false,
      practice: { address: '1 rue A', inseeCode: '91228', postcode: '91080', lat: 48.6, lng: 2.4 },
      serviceRadiusKm: 15,
      careActs: ['drainage'],
      careModes: ['visite'],
      workingHours: [{ weekday: 6, start: '09:00', end: '12:00' }],
      absences: [{ startsOn: '2026-07-01', endsOn: '2026-07-15', reason: null }],
      supervises: { organisationIds: [], networkIds: [] },
      networkIds: [],
      password: undefined,
    });
  });

  it('sends no practice when neither address nor commune is given, and only the acts of the profession', () => {
    const values = { ...newUserValues(), profession: 'pharmacien' as const, careActs: ['pansement', 'conseil'] };
    const input = toUserInput(values);
    expect(input.practice).toBeNull();
    expect(input.careActs).toEqual(['conseil']);
  });

  it('tells which API field errors no input displays', () => {
    expect(
      unshownFields({ rpps: 'x', 'practice.inseeCode': 'x', 'workingHours.2.end': 'x', 'workingHours.1': 'x', 'practice.lat': 'x', foo: 'x' }),
    ).toEqual(['practice.lat', 'foo']);
  });
});
