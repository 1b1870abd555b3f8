import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { anonymousClient, loginAs, type TestClient } from '../../../../test/support/client.js';
import { createOrganisation, createUser } from '../../../../test/support/factories.js';
import { accessLogOf, fortDeFranceAddress, patientInput, testClock, uniqueMobile, uniqueName } from '../../../../test/support/patients.js';

describe('patients API — identity', () => {
  let t: TestApp;
  let gp: TestClient;
  let gpId: string;
  const clock = testClock();

  beforeAll(async () => {
    t = await createTestApp({ overrides: { clock } });
    const organisation = await createOrganisation(t.database.db);
    const user = await createUser(t.database.db, { profession: 'medecin_generaliste', firstName: 'Claire', lastName: 'Morel', organisationId: organisation.id });
    gpId = user.id;
    gp = await loginAs(t.app, user.email);
  });
  afterAll(async () => t.close());

  it('creates a patient with every field, normalised, and reads it back', async () => {
    const lastName = uniqueName('Picasso');
    const input = patientInput({
      phone: uniqueMobile(),
      phone2: '0696 12 34 56',
      email: ' Pablo.Picasso@Exemple.FR ',
      lastName: `  ${lastName} `,
      firstName: 'Pablo',
      birthName: 'Ruiz',
      sex: 'M',
      birthDate: '1985-05-17',
      birthPlace: { code: '75056', name: 'Paris' },
      nir: '1 85 05 75 123 456 73',
      ins: '185057512345673',
      identityStatus: 'qualifiee',
      occupation: 'Peintre',
      regime: 'independant',
      address: { ...fortDeFranceAddress, timeZone: 'ignored', precision: 'housenumber' },
      addressComplement: 'Résidence les Flamboyants',
      building: 'B',
      staircase: '2',
      floor: '3e',
      digicode: '4521B',
      intercom: 'PICASSO',
      door: 'Gauche',
    });
    const res = await gp.post('/api/patients', input);
    expect(res.statusCode, res.body).toBe(201);
    const { patient } = res.json();
    expect(patient).toMatchObject({
      phone2: '+596696123456',
      email: 'pablo.picasso@exemple.fr',
      lastName,
      firstName: 'Pablo',
      birthName: 'Ruiz',
      sex: 'M',
      birthDate: '1985-05-17',
      birthPlace: { code: '75056', name: 'Paris' },
      nir: '185057512345673',
      ins: '185057512345673',
      identityStatus: 'qualifiee',
      occupation: 'Peintre',
      regime: 'independant',
      address: { ...fortDeFranceAddress, timeZone: 'America/Martinique' },
      timeZone: 'America/Martinique',
      addressComplement: 'Résidence les Flamboyants',
      building: 'B',
      staircase: '2',
      floor: '3e',
      digicode: '4521B',
      intercom: 'PICASSO',
      door: 'Gauche',
      followed: true,
      usualProfessionals: [],
    });
    expect(patient.phone).toMatch(/^\+336\d{8}$/);
    expect(patient.ageLabel).toMatch(/^\d+ ans - né le 17\/05\/1985$/);
    expect(patient.history.map((h: { label: string }) => h.label)).toEqual(['Patient pour Moi', 'Créé par Claire MOREL']);
    expect(patient.history[1]).toMatchObject({ kind: 'created', userName: 'Claire MOREL', careRequestNumber: null });

    const read = await gp.get(`/api/patients/${patient.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().patient).toEqual(patient);
    expect(read.headers['cache-control']).toBe('no-store');

    const log = await accessLogOf(t.database.db, patient.id);
    expect(log.map((l) => [l.action, l.what, l.userId])).toEqual([
      ['create', 'identity', gpId],
      ['read', 'identity', gpId],
    ]);
  });

  it('says "née le" for a woman and "1 an" in the singular', async () => {
    const today = clock.now();
    const lastYear = new Date(today.getTime() - 400 * 86_400_000).toISOString().slice(0, 10);
    const res = await gp.post('/api/patients', patientInput({ sex: 'F', birthDate: lastYear }));
    expect(res.statusCode, res.body).toBe(201);
    const [y, m, d] = lastYear.split('-');
    expect(res.json().patient.ageLabel).toBe(`1 an - née le ${d}/${m}/${y}`);
  });

  it('updates every field and logs the update', async () => {
    const created = (await gp.post('/api/patients', patientInput())).json().patient;
    clock.advance(60_000);
    const input = patientInput({ lastName: 'Dupont-Éléonore', firstName: 'Zoé', sex: 'F', birthDate: '1969-01-20', nir: '2 69 01 97 105 123 52', phone2: '01 60 12 34 56', digicode: '1234', regime: 'general' });
    const res = await gp.put(`/api/patients/${created.id}`, input);
    expect(res.statusCode, res.body).toBe(200);
    const { patient } = res.json();
    expect(patient).toMatchObject({ id: created.id, lastName: 'Dupont-Éléonore', firstName: 'Zoé', nir: '269019710512352', phone2: '+33160123456', digicode: '1234', regime: 'general', createdAt: created.createdAt });
    expect(patient.updatedAt > created.updatedAt).toBe(true);
    expect((await accessLogOf(t.database.db, created.id)).map((l) => `${l.action}/${l.what}`)).toEqual(['create/identity', 'update/identity']);
  });

  const refusals: [string, Record<string, unknown>, string, RegExp][] = [
    ['a NIR with a bad key', { sex: 'M', birthDate: '1985-05-17', nir: '1 85 05 75 123 456 74' }, 'nir', /clé du NIR/],
    ['a NIR of the wrong shape', { nir: '12345' }, 'nir', /NIR invalide/],
    ['a NIR of the other sex', { sex: 'F', birthDate: '1985-05-17', nir: '1 85 05 75 123 456 73' }, 'nir', /sexe/],
    ['a NIR of another birth date', { sex: 'M', birthDate: '1984-05-17', nir: '1 85 05 75 123 456 73' }, 'nir', /date de naissance/],
    ['a birth date in the future', { birthDate: '2999-01-01' }, 'birthDate', /futur/],
    ['a birth date before 1900', { birthDate: '1899-12-31' }, 'birthDate', /1900/],
    ['an impossible date', { birthDate: '2001-02-29' }, 'birthDate', /Date invalide/],
    ['a foreign phone', { phone: '+44 20 7946 0958' }, 'phone', /téléphone invalide/],
    ['a missing sex', { sex: '' }, 'sex', /Sélectionnez le sexe/],
    ['a missing name', { lastName: ' ' }, 'lastName', /obligatoire/],
    ['a bad e-mail', { email: 'pablo@' }, 'email', /e-mail/],
    ['an address territory that disagrees with its codes', { address: { ...fortDeFranceAddress, territory: 'metropole' } }, 'address', /liste des suggestions/],
    ['an address outside its territory', { address: { ...fortDeFranceAddress, lat: 48.85, lng: 2.35 } }, 'address', /liste des suggestions/],
    ['no address', { address: null }, 'address', /liste des suggestions/],
    ['an INS without status', { sex: 'M', birthDate: '1985-05-17', ins: '185057512345673' }, 'identityStatus', /statut/],
    ['a qualified identity without INS', { identityStatus: 'qualifiee' }, 'ins', /INS/],
    ['a long digicode', { digicode: 'x'.repeat(101) }, 'digicode', /100 caractères/],
  ];
  it.each(refusals)('refuses %s with a French message on the field', async (_what, overrides, field, message) => {
    const res = await gp.post('/api/patients', patientInput(overrides));
    expect(res.statusCode, res.body).toBe(422);
    const body = res.json();
    expect(body.code).toBe('validation.failed');
    expect(Object.keys(body.fields)).toEqual([field]);
    expect(body.fields[field]).toMatch(message);
  });

  it('accepts the Corsican NIR keys (2A, 2B)', async () => {
    const a = await gp.post('/api/patients', patientInput({ sex: 'F', birthDate: '1985-02-11', nir: '2 85 02 2A 004 123 55' }));
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json().patient.nir).toBe('285022A00412355');
    const b = await gp.post('/api/patients', patientInput({ sex: 'M', birthDate: '1992-11-03', nir: '1 92 11 2B 033 045 14' }));
    expect(b.statusCode, b.body).toBe(201);
  });

  it('normalises overseas phones to their own country code', async () => {
    const res = await gp.post('/api/patients', patientInput({ phone: '0696 45 67 89', phone2: '0692 12 34 56', address: fortDeFranceAddress }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().patient).toMatchObject({ phone: '+596696456789', phone2: '+262692123456', timeZone: 'America/Martinique' });
  });

  it('refuses a second patient with the same NIR (409)', async () => {
    const nir = '1 92 11 2B 033 045 14';
    await gp.post('/api/patients', patientInput({ sex: 'M', birthDate: '1992-11-03', nir }));
    const res = await gp.post('/api/patients', patientInput({ sex: 'M', birthDate: '1992-11-03', nir }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'patients.nir_taken', message: expect.stringContaining('NIR') });
  });

  it('lets only one of two simultaneous creations with the same NIR through', async () => {
    const input = () => patientInput({ sex: 'F', birthDate: '1990-12-05', nir: '2 90 12 972 09 017 65', address: fortDeFranceAddress });
    const results = await Promise.all([gp.post('/api/patients', input()), gp.post('/api/patients', input())]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('needs a signed-in user and hides unknown patients behind a 404', async () => {
    const anonymous = await anonymousClient(t.app);
    expect((await anonymous.post('/api/patients', patientInput())).statusCode).toBe(401);
    expect((await anonymous.get('/api/caseload')).statusCode).toBe(401);
    const res = await gp.get('/api/patients/00000000-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'patients.not_found', message: 'Patient introuvable.' });
  });
});
