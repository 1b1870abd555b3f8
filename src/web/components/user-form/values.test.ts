import { describe, expect, it } from 'vitest';
import type { CareAct } from '../../api/care-request-types.js';
import type { UserDetail } from '../../api/types.js';
import { careActsOf, newUserValues, toUserInput, unshownFields, valuesFromUser } from './values.js';

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

  it('sends no practice when neither address nor commune is given', () => {
    expect(toUserInput(newUserValues()).practice).toBeNull();
  });

  it("offers a new nurse every active act of the catalogue's nurses", () => {
    const act = (profession: CareAct['profession'], code: string, active = true): CareAct => ({ profession, code, label: code, position: 1, active });
    const catalogue = [act('infirmier', 'pansement'), act('infirmier', 'toilette', false), act('pharmacien', 'conseil'), act('infirmier', 'autre')];
    expect(newUserValues(catalogue).careActs).toEqual(['pansement', 'autre']);
    expect(careActsOf(catalogue, 'pharmacien')).toEqual(['conseil']);
    expect(careActsOf(catalogue, 'superviseur')).toEqual([]);
    expect(newUserValues().careActs).toEqual([]);
  });

  it('tells which API field errors no input displays', () => {
    expect(
      unshownFields({ rpps: 'x', 'practice.inseeCode': 'x', 'workingHours.2.end': 'x', 'workingHours.1': 'x', 'practice.lat': 'x', foo: 'x' }),
    ).toEqual(['practice.lat', 'foo']);
  });
});
