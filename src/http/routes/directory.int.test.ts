import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { anonymousClient, loginAs, type TestClient } from '../../../test/support/client.js';
import { loadDirectory, professional } from '../../../test/support/directory-extract.js';
import { createUser } from '../../../test/support/factories.js';

/** RPPS numbers with a valid key, used by no other test file's directory. */
const rpps = { paradis: '10002241056', paranque: '10000874494', pardies: '10000618727', kine: '10123456781', menard: '10000000009', morel: '10999999997', linked: '10000000017' };

describe('GET /api/directory/search', () => {
  let t: TestApp;
  let client: TestClient;
  let morelId: string;
  let linkedId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const me = await createUser(db, { profession: 'infirmier', rpps: null, adeli: null });
    client = await loginAs(t.app, me.email);
    morelId = (await createUser(db, { profession: 'medecin_generaliste', firstName: 'Pauline', lastName: 'Parà-Morel', rpps: rpps.morel })).id;
    // Known to the platform under another spelling than the directory's.
    linkedId = (await createUser(db, { profession: 'medecin_generaliste', firstName: 'Philou', lastName: 'Dupont', rpps: rpps.linked })).id;
    await createUser(db, { profession: 'medecin_generaliste', firstName: 'Paul', lastName: 'Paradou', rpps: null, adeli: null, active: false });
    const kine = { 'Code profession': '70', 'Libellé profession': 'Masseur-Kinésithérapeute', 'Code savoir-faire': '', 'Code type savoir-faire': '' };
    const lines = [
      professional(rpps.paradis, 'PARADIS', 'PHILIPPE'),
      professional(rpps.paranque, 'PARANQUE', 'PHILIPPE', { 'Identifiant technique de la structure': 'R1' }),
      professional(rpps.paranque, 'PARANQUE', 'PHILIPPE', { 'Identifiant technique de la structure': 'R2', 'Libellé commune (coord. structure)': 'Massy' }),
      professional(rpps.pardies, 'PARDIES', 'PHILIPPE'),
      professional(rpps.kine, 'PARADIS', 'PHILIPPE', kine),
      professional(rpps.menard, 'MÉNARD', 'HÉLÈNE'),
      professional(rpps.morel, 'PARA MOREL', 'PAULINE'),
      professional(rpps.linked, 'PARAVENT', 'PHILIPPE'),
      ...Array.from({ length: 40 }, (_, i) => professional(`1000100${String(i).padStart(3, '0')}0`, `PARIS${String.fromCharCode(97 + (i % 26))}`, 'PIERRE')),
    ];
    expect((await loadDirectory(t.database, lines)).bad).toBe(0);
  });
  afterAll(async () => t.close());

  const search = (profession: string, lastName: string, firstName: string) =>
    client.get(`/api/directory/search?${new URLSearchParams({ profession, lastName, firstName }).toString()}`);
  const names = (body: { results: { lastName: string; firstName: string; source: string }[] }) => body.results.map((r) => `${r.source} ${r.lastName} ${r.firstName}`);

  it('finds professionals of the role by the start of their names, one line per professional, users first', async () => {
    const res = await search('medecin_traitant', 'Par', 'Ph');
    expect(res.statusCode).toBe(422);
    const ok = await search('medecin_traitant', 'par', 'phi');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(names(ok.json())).toEqual(['platform Dupont Philou', 'directory PARADIS PHILIPPE', 'directory PARANQUE PHILIPPE', 'directory PARDIES PHILIPPE']);
    const paradis = ok.json().results[1];
    expect(paradis).toEqual({
      source: 'directory',
      idNat: `8${rpps.paradis}`,
      rpps: rpps.paradis,
      adeli: null,
      lastName: 'PARADIS',
      firstName: 'PHILIPPE',
      professionLabel: 'Médecin',
      city: 'Évry-Courcouronnes',
      userId: null,
    });
    expect(ok.json().results[0]).toMatchObject({ source: 'platform', idNat: `8${rpps.linked}`, userId: linkedId, professionLabel: 'Médecin' });
  });

  it('ignores accents and case, and merges a directory entry with the user holding its RPPS', async () => {
    expect(names((await search('medecin_traitant', 'menard', 'helene')).json())).toEqual(['directory MÉNARD HÉLÈNE']);
    const morel = await search('medecin_traitant', 'PARA MO', 'paulïne');
    expect(morel.json().results).toEqual([
      { source: 'platform', idNat: `8${rpps.morel}`, rpps: rpps.morel, adeli: null, lastName: 'Parà-Morel', firstName: 'Pauline', professionLabel: 'Médecin', city: null, userId: morelId },
    ]);
  });

  it('filters on the profession of the role', async () => {
    expect(names((await search('kinesitherapeute', 'paradis', 'philippe')).json())).toEqual(['directory PARADIS PHILIPPE']);
    expect((await search('kinesitherapeute', 'paradis', 'philippe')).json().results[0]).toMatchObject({ rpps: rpps.kine, professionLabel: 'Masseur-Kinésithérapeute' });
    expect((await search('sage_femme', 'paradis', 'philippe')).json().results).toEqual([]);
  });

  it('adds close spellings of the last name when few names match', async () => {
    expect(names((await search('medecin_traitant', 'paradys', 'phil')).json())).toEqual(['directory PARADIS PHILIPPE']);
    const mixed = names((await search('medecin_traitant', 'paranq', 'phil')).json());
    expect(mixed[0]).toBe('directory PARANQUE PHILIPPE');
    expect(mixed).not.toContain('directory PARADIS PHILIPPE');
  });

  it('gives at most 30 results', async () => {
    const res = await search('medecin_traitant', 'paris', 'pierre');
    expect(res.json().results).toHaveLength(30);
  });

  it('asks for 3 letters of each name, in French', async () => {
    const res = await search('medecin_traitant', 'pa', ' p ');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'validation.failed', fields: { lastName: 'Saisissez au moins 3 lettres.', firstName: 'Saisissez au moins 3 lettres.' } });
    const missing = await client.get('/api/directory/search?profession=infirmier');
    expect(missing.json()).toMatchObject({ code: 'validation.failed', fields: { lastName: 'Saisissez au moins 3 lettres.' } });
    const role = await search('chirurgien', 'paradis', 'philippe');
    expect(role.statusCode).toBe(422);
    expect(role.json()).toMatchObject({ code: 'validation.failed', fields: { profession: 'Valeur invalide.' } });
  });

  it('is for signed-in users only', async () => {
    const anonymous = await anonymousClient(t.app);
    const res = await anonymous.get('/api/directory/search?profession=infirmier&lastName=par&firstName=phi');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'auth.unauthenticated' });
  });
});
