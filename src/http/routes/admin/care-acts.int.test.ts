import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { anonymousClient, loginAs, type TestClient } from '../../../../test/support/client.js';
import { createUser } from '../../../../test/support/factories.js';
import { defaultCareActs } from '../../../core/care-acts.js';
import { luhnCheckDigit } from '../../../core/validators/luhn.js';

const unique = () => randomBytes(4).toString('hex');

interface CareAct {
  profession: string;
  code: string;
  label: string;
  position: number;
  active: boolean;
}

/** A valid RPPS number (11 digits, Luhn key), distinct for each `n`. */
const rpps = (n: number) => {
  const body = `10${String(n).padStart(8, '0')}`;
  return body + luhnCheckDigit(body);
};

describe('care acts API (Soins)', () => {
  let t: TestApp;
  let admin: TestClient;
  let nurse: TestClient;

  const offered = async (): Promise<CareAct[]> => (await nurse.get('/api/care-acts')).json().careActs;
  const all = async (): Promise<CareAct[]> => (await admin.get('/api/admin/care-acts')).json().careActs;
  const codesOf = (acts: CareAct[], profession: string) => acts.filter((a) => a.profession === profession).map((a) => a.code);

  beforeAll(async () => {
    t = await createTestApp();
    const adminUser = await createUser(t.database.db, { email: `admin-${unique()}@test.declic`, isAdmin: true, profession: 'superviseur' });
    admin = await loginAs(t.app, adminUser.email);
    const nurseUser = await createUser(t.database.db, { email: `ide-${unique()}@test.declic` });
    nurse = await loginAs(t.app, nurseUser.email);
  });
  afterAll(async () => t.close());

  it('lists the default catalogue to anyone signed in, sorted by profession then position', async () => {
    const res = await nurse.get('/api/care-acts');
    expect(res.statusCode).toBe(200);
    const acts: CareAct[] = res.json().careActs;
    expect(acts.map((a) => `${a.profession}:${a.code}`)).toEqual(
      Object.entries(defaultCareActs).flatMap(([profession, codes]) => codes.map((code) => `${profession}:${code}`)),
    );
    expect(acts[0]).toEqual({ profession: 'infirmier', code: 'bilan_sang', label: 'Bilan sang', position: 1, active: true });
    expect(acts.find((a) => a.profession === 'sage_femme' && a.code === 'autre')).toMatchObject({ label: 'Autre Soins', position: 99 });
  });

  it('answers 401 when signed out and 403 to a non-admin on the admin routes', async () => {
    const anonymous = await anonymousClient(t.app);
    expect((await anonymous.get('/api/care-acts')).statusCode).toBe(401);
    expect((await anonymous.get('/api/admin/care-acts')).statusCode).toBe(401);
    expect((await anonymous.post('/api/admin/care-acts', { profession: 'infirmier', label: 'X' })).statusCode).toBe(401);
    expect((await anonymous.patch('/api/admin/care-acts/infirmier/pansement', { active: false })).statusCode).toBe(401);

    expect((await nurse.get('/api/admin/care-acts')).statusCode).toBe(403);
    const post = await nurse.post('/api/admin/care-acts', { profession: 'infirmier', label: 'Soin pirate' });
    expect(post.statusCode).toBe(403);
    expect(post.json().code).toBe('auth.forbidden');
    expect((await nurse.patch('/api/admin/care-acts/infirmier/pansement', { active: false })).statusCode).toBe(403);
    expect(codesOf(await offered(), 'infirmier')).toContain('pansement');
  });

  it('creates an act with a code derived from the label, after the others and before "Autre Soins"', async () => {
    const created = await admin.post('/api/admin/care-acts', { profession: 'infirmier', label: '  Soins   palliatifs ' });
    expect(created.statusCode).toBe(201);
    expect(created.json().careAct).toEqual({ profession: 'infirmier', code: 'soins_palliatifs', label: 'Soins palliatifs', position: 7, active: true });
    expect(codesOf(await offered(), 'infirmier').slice(-2)).toEqual(['soins_palliatifs', 'autre']);

    // Another label with the same slug gets a suffix; the same label in another profession is fine.
    const twin = await admin.post('/api/admin/care-acts', { profession: 'infirmier', label: 'Soins (palliatifs)' });
    expect(twin.json().careAct).toMatchObject({ code: 'soins_palliatifs_2', position: 8 });
    const other = await admin.post('/api/admin/care-acts', { profession: 'sage_femme', label: 'Soins palliatifs' });
    expect(other.statusCode).toBe(201);
    expect(other.json().careAct).toMatchObject({ profession: 'sage_femme', code: 'soins_palliatifs', position: 2 });
  });

  it('refuses a duplicate label (case and accents ignored), an empty or too long label, an unknown profession', async () => {
    const duplicate = await admin.post('/api/admin/care-acts', { profession: 'masseur_kinesitherapeute', label: 'REEDUCATION' });
    expect(duplicate.statusCode).toBe(422);
    expect(duplicate.json()).toMatchObject({ code: 'validation.failed', fields: { label: 'Un soin de cette profession porte déjà ce libellé.' } });
    const empty = await admin.post('/api/admin/care-acts', { profession: 'infirmier', label: '   ' });
    expect(empty.json().fields).toEqual({ label: 'Ce champ est obligatoire.' });
    const long = await admin.post('/api/admin/care-acts', { profession: 'infirmier', label: 'x'.repeat(61) });
    expect(long.json().fields).toEqual({ label: 'Libellé trop long : 60 caractères au plus.' });
    expect((await admin.post('/api/admin/care-acts', { profession: 'superviseur', label: 'Audit' })).statusCode).toBe(422);
    expect(codesOf(await all(), 'masseur_kinesitherapeute')).toEqual(['kine_respiratoire', 'reeducation', 'drainage', 'autre']);
  });

  it('renames and reorders an act; its code stays', async () => {
    const renamed = await admin.patch('/api/admin/care-acts/medecin_generaliste/visite', { label: ' Visite à domicile ' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().careAct).toEqual({ profession: 'medecin_generaliste', code: 'visite', label: 'Visite à domicile', position: 2, active: true });

    const moved = await admin.patch('/api/admin/care-acts/medecin_generaliste/visite', { position: 0 });
    expect(moved.json().careAct).toMatchObject({ label: 'Visite à domicile', position: 0 });
    expect(codesOf(await offered(), 'medecin_generaliste')).toEqual(['visite', 'consultation', 'autre']);

    const taken = await admin.patch('/api/admin/care-acts/medecin_generaliste/visite', { label: 'consultation' });
    expect(taken.statusCode).toBe(422);
    expect(taken.json().fields).toEqual({ label: 'Un soin de cette profession porte déjà ce libellé.' });
    // Renaming an act to its own label, differently written, is no clash.
    expect((await admin.patch('/api/admin/care-acts/medecin_generaliste/visite', { label: 'VISITE A DOMICILE' })).statusCode).toBe(200);
    const position = await admin.patch('/api/admin/care-acts/medecin_generaliste/visite', { position: 1.5 });
    expect(position.json().fields).toEqual({ position: 'Ordre invalide : un nombre entier de 0 à 999.' });
  });

  it('deactivates an act (gone from the offered list, kept in the admin list) and reactivates it', async () => {
    const off = await admin.patch('/api/admin/care-acts/pharmacien/conseil', { active: false });
    expect(off.statusCode).toBe(200);
    expect(off.json().careAct).toMatchObject({ code: 'conseil', active: false });
    expect(codesOf(await offered(), 'pharmacien')).toEqual(['livraison_medicaments', 'autre']);
    expect((await all()).find((a) => a.profession === 'pharmacien' && a.code === 'conseil')).toMatchObject({ active: false });
    // A deactivated act still holds its label.
    expect((await admin.post('/api/admin/care-acts', { profession: 'pharmacien', label: 'Conseil' })).statusCode).toBe(422);

    const on = await admin.patch('/api/admin/care-acts/pharmacien/conseil', { active: true });
    expect(on.json().careAct.active).toBe(true);
    expect(codesOf(await offered(), 'pharmacien')).toEqual(['livraison_medicaments', 'conseil', 'autre']);
  });

  it('never deactivates "autre", which may be renamed', async () => {
    const off = await admin.patch('/api/admin/care-acts/infirmier/autre', { active: false });
    expect(off.statusCode).toBe(422);
    expect(off.json().fields).toEqual({ active: 'Ce soin ne peut pas être désactivé : il permet de préciser un soin hors catalogue (Autre Soins).' });
    const renamed = await admin.patch('/api/admin/care-acts/infirmier/autre', { label: 'Autre soin (à préciser)' });
    expect(renamed.json().careAct).toEqual({ profession: 'infirmier', code: 'autre', label: 'Autre soin (à préciser)', position: 99, active: true });
    expect(codesOf(await offered(), 'infirmier')).toContain('autre');
  });

  it('answers 404 for an unknown act and 422 for an unknown profession', async () => {
    const missing = await admin.patch('/api/admin/care-acts/infirmier/acupuncture', { label: 'Acupuncture' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ code: 'care_acts.not_found', message: 'Soin introuvable.' });
    expect((await admin.patch('/api/admin/care-acts/astronaute/autre', { label: 'X' })).statusCode).toBe(422);
  });

  it("checks users' care acts against the catalogue; a deactivated act stays on the users who have it", async () => {
    const act = (await admin.post('/api/admin/care-acts', { profession: 'infirmier', label: 'Éducation thérapeutique' })).json().careAct;
    expect(act.code).toBe('education_therapeutique');
    const user = (n: number, careActs: string[]) => ({
      email: `ide-${unique()}@test.declic`,
      firstName: 'Élodie',
      lastName: `Martin-${unique()}`,
      profession: 'infirmier',
      rpps: rpps(n),
      mobilePhone: '06 12 34 56 78',
      isAdmin: false,
      careActs,
      careModes: ['visite'],
      password: 'mot-de-passe-initial',
    });

    // A new catalogue act can be given at once.
    const input = user(1, ['pansement', 'education_therapeutique']);
    const created = await admin.post('/api/admin/users', input);
    expect(created.statusCode).toBe(201);
    const { id } = created.json().user;

    expect((await admin.patch('/api/admin/care-acts/infirmier/education_therapeutique', { active: false })).statusCode).toBe(200);
    const refused = await admin.post('/api/admin/users', user(2, ['education_therapeutique']));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields).toEqual({ careActs: 'Soin inconnu pour cette profession.' });

    // The user who had it keeps it through an update…
    const kept = await admin.put(`/api/admin/users/${id}`, { ...input, password: undefined, lastName: 'Martin' });
    expect(kept.statusCode).toBe(200);
    expect(kept.json().user.careActs).toEqual(['pansement', 'education_therapeutique']);
    // …but once removed, it cannot be given back while deactivated.
    expect((await admin.put(`/api/admin/users/${id}`, { ...input, password: undefined, careActs: ['pansement'] })).statusCode).toBe(200);
    const back = await admin.put(`/api/admin/users/${id}`, { ...input, password: undefined, careActs: ['pansement', 'education_therapeutique'] });
    expect(back.statusCode).toBe(422);
    expect(back.json().fields).toEqual({ careActs: 'Soin inconnu pour cette profession.' });
  });

  it('publishes its routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    expect(doc.paths['/api/care-acts'].get.tags).toEqual(['soins']);
    expect(doc.paths['/api/admin/care-acts'].post.tags).toEqual(['admin']);
    expect(doc.paths['/api/admin/care-acts/{profession}/{code}'].patch.tags).toEqual(['admin']);
  });
});
