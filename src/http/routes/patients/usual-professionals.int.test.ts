import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../../core/validators/index.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { loginAs, type TestClient } from '../../../../test/support/client.js';
import { createOrganisation, createUser } from '../../../../test/support/factories.js';
import { accessLogOf, insertDirectoryEntry, patientInput } from '../../../../test/support/patients.js';

/** A valid RPPS no other test uses. */
function freshRpps(): string {
  const partial = `10${String(randomBytes(4).readUInt32BE(0) % 100_000_000).padStart(8, '0')}`;
  return partial + luhnCheckDigit(partial);
}

describe('patients API — professionnels habituels', () => {
  let t: TestApp;
  let gp: TestClient;
  let gpId: string;
  const people: Record<string, { id: string; rpps: string | null; adeli: string | null }> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const organisationId = (await createOrganisation(db)).id;
    const doctor = await createUser(db, { profession: 'medecin_generaliste', firstName: 'Claire', lastName: 'Morel', rpps: freshRpps(), organisationId });
    gpId = doctor.id;
    gp = await loginAs(t.app, doctor.email);
    people.doctor = doctor;
    people.kine = await createUser(db, { profession: 'masseur_kinesitherapeute', firstName: 'Sophie', lastName: 'Laurent', rpps: freshRpps() });
    people.nurse = await createUser(db, { profession: 'infirmier', firstName: 'Julien', lastName: 'Bernard', rpps: freshRpps() });
    people.pharmacist = await createUser(db, { profession: 'pharmacien', firstName: 'Thomas', lastName: 'Petit', rpps: null, adeli: '756012340' });
    people.retired = await createUser(db, { profession: 'sage_femme', rpps: freshRpps(), active: false });
    for (const entry of [
      { idNat: `8${doctor.rpps}`, lastName: 'MOREL', firstName: 'CLAIRE', professionCode: '10', siteKey: 'cabinet' },
      { idNat: `8${doctor.rpps}`, lastName: 'MOREL', firstName: 'CLAIRE', professionCode: '10', siteKey: 'hopital' },
      { idNat: '810002241056', lastName: 'PARADIS', firstName: 'PHILIPPE', professionCode: '10' },
      { idNat: '810000874494', lastName: 'PARANQUE', firstName: 'PHILIPPE', professionCode: '60' },
    ]) {
      await insertDirectoryEntry(db, entry);
    }
  });
  afterAll(async () => t.close());

  async function newPatient(): Promise<string> {
    const res = await gp.post('/api/patients', patientInput());
    expect(res.statusCode, res.body).toBe(201);
    return res.json().patient.id;
  }

  const put = (patientId: string, role: string, body: unknown) => gp.put(`/api/patients/${patientId}/usual-professionals/${role}`, body);

  it('takes a directory professional, linked to their account when they use the platform', async () => {
    const id = await newPatient();
    const res = await put(id, 'medecin_traitant', { idNat: `8${people.doctor?.rpps}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().usualProfessionals).toEqual([
      { role: 'medecin_traitant', idNat: `8${people.doctor?.rpps}`, userId: gpId, lastName: 'MOREL', firstName: 'CLAIRE', isPlatformUser: true },
    ]);
    const nurse = await put(id, 'infirmier', { idNat: '810000874494' });
    expect(nurse.json().usualProfessionals[1]).toEqual({ role: 'infirmier', idNat: '810000874494', userId: null, lastName: 'PARANQUE', firstName: 'PHILIPPE', isPlatformUser: false });
  });

  it('takes a platform user of the right profession, with their IdNat (RPPS or ADELI)', async () => {
    const id = await newPatient();
    expect((await put(id, 'pharmacien', { userId: people.pharmacist?.id })).statusCode).toBe(200);
    const res = await put(id, 'kinesitherapeute', { userId: people.kine?.id });
    expect(res.json().usualProfessionals).toEqual([
      { role: 'kinesitherapeute', idNat: `8${people.kine?.rpps}`, userId: people.kine?.id, lastName: 'Laurent', firstName: 'Sophie', isPlatformUser: true },
      { role: 'pharmacien', idNat: '0756012340', userId: people.pharmacist?.id, lastName: 'Petit', firstName: 'Thomas', isPlatformUser: true },
    ]);
    // An IdNat without directory entry still finds the account.
    const byIdNat = await put(id, 'infirmier', { idNat: `8${people.nurse?.rpps}` });
    expect(byIdNat.json().usualProfessionals[0]).toMatchObject({ role: 'infirmier', userId: people.nurse?.id, lastName: 'Bernard', isPlatformUser: true });
  });

  it('replaces the professional of a role, removes it, and shows the team on the fiche', async () => {
    const id = await newPatient();
    await put(id, 'medecin_traitant', { idNat: '810002241056' });
    await put(id, 'infirmier', { userId: people.nurse?.id });
    await put(id, 'medecin_traitant', { userId: gpId });
    const fiche = (await gp.get(`/api/patients/${id}`)).json().patient;
    expect(fiche.usualProfessionals.map((p: { role: string; lastName: string }) => `${p.role}:${p.lastName}`)).toEqual(['medecin_traitant:Morel', 'infirmier:Bernard']);
    const removed = await gp.delete(`/api/patients/${id}/usual-professionals/medecin_traitant`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().usualProfessionals.map((p: { role: string }) => p.role)).toEqual(['infirmier']);
    const log = (await accessLogOf(t.database.db, id)).map((l) => `${l.action}/${l.what}`);
    expect(log).toEqual(['create/identity', 'update/usual_professionals', 'update/usual_professionals', 'update/usual_professionals', 'read/identity', 'update/usual_professionals']);
  });

  it('refuses unknown professionals, wrong professions and ambiguous picks (422)', async () => {
    const id = await newPatient();
    const cases: [string, unknown, string][] = [
      ['medecin_traitant', { idNat: '899999999999' }, 'patients.professional_not_found'],
      ['medecin_traitant', { idNat: 'abc' }, 'patients.professional_not_found'],
      ['medecin_traitant', { userId: '00000000-0000-4000-8000-000000000000' }, 'patients.professional_not_found'],
      ['sage_femme', { userId: people.retired?.id }, 'patients.professional_not_found'],
      ['sage_femme', { idNat: `8${people.retired?.rpps}` }, 'patients.professional_not_found'],
      ['pharmacien', { userId: people.nurse?.id }, 'patients.professional_mismatch'],
      ['sage_femme', { idNat: '810002241056' }, 'patients.professional_mismatch'],
      ['infirmier', {}, 'validation.failed'],
      ['infirmier', { idNat: '810000874494', userId: people.nurse?.id }, 'validation.failed'],
    ];
    for (const [role, body, code] of cases) {
      const res = await put(id, role, body);
      expect(res.statusCode, `${role} ${JSON.stringify(body)} → ${res.body}`).toBe(422);
      expect(res.json().code).toBe(code);
      expect(res.json().message).toMatch(/[a-zé]/);
    }
    expect((await put(id, 'dentiste', { idNat: '810002241056' })).statusCode).toBe(422);
    expect((await gp.get(`/api/patients/${id}`)).json().patient.usualProfessionals).toEqual([]);
  });
});
