import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCareActs } from '../../../core/care-acts.js';
import { careModes, isCareProfession, professions, type Profession } from '../../../core/professions.js';
import { isValidAdeli, isValidRpps, normalizeEmail, normalizePhone } from '../../../core/validators/index.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { loginAs } from '../../../../test/support/client.js';
import { communes, networkMembers, networks, organisations, patients, supervisions, users, workingHours } from '../schema.js';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts.js';
import { isDatabaseEmpty, seedDemo } from './demo.js';

/** Great-circle distance in km. */
function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('demo territory', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    expect(await isDatabaseEmpty(t.database.db)).toBe(true);
    expect(await seedDemo(t.database.db, new Date('2026-03-10T09:00:00Z'))).toEqual({ seeded: true, users: 43, patients: 10 });
  });
  afterAll(async () => t.close());

  it('seeds once', async () => {
    expect(await isDatabaseEmpty(t.database.db)).toBe(false);
    expect((await seedDemo(t.database.db)).seeded).toBe(false);
    expect(await t.database.db.$count(users)).toBe(43);
  });

  it('gives about 40 valid users of every profession', async () => {
    const rows = await t.database.db.select().from(users);
    expect(rows.length).toBeGreaterThanOrEqual(38);
    const byProfession = new Map<Profession, number>();
    for (const user of rows) byProfession.set(user.profession, (byProfession.get(user.profession) ?? 0) + 1);
    for (const profession of professions) expect(byProfession.get(profession) ?? 0).toBeGreaterThan(0);

    for (const user of rows) {
      expect(normalizeEmail(user.email)).toBe(user.email);
      expect(user.mobilePhone).not.toBeNull();
      const phone = normalizePhone(user.mobilePhone ?? '');
      expect(phone).toMatchObject({ e164: user.mobilePhone, region: 'FR', mobile: true });
      if (!isCareProfession(user.profession)) continue;
      const catalogue = defaultCareActs[user.profession];
      expect(user.rpps !== null || user.adeli !== null).toBe(true);
      if (user.rpps !== null) expect(isValidRpps(user.rpps)).toBe(true);
      if (user.adeli !== null) expect(isValidAdeli(user.adeli)).toBe(true);
      expect(user.careActs.length).toBeGreaterThan(0);
      for (const act of user.careActs) expect(catalogue).toContain(act);
      for (const mode of user.careModes) expect(careModes).toContain(mode);
      expect(user.serviceRadiusKm).toBeGreaterThanOrEqual(5);
      expect(user.serviceRadiusKm).toBeLessThanOrEqual(20);
      expect(user.practiceLat).not.toBeNull();
    }
    expect(rows.some((u) => u.adeli !== null)).toBe(true);
  });

  it('places practices in real Essonne communes, near their centre', async () => {
    const rows = await t.database.db.select().from(users);
    const communeRows = await t.database.db.select().from(communes);
    expect(communeRows.length).toBeGreaterThanOrEqual(24);
    const byCode = new Map(communeRows.map((c) => [c.inseeCode, c]));
    for (const user of rows.filter((u) => u.practiceInseeCode !== null)) {
      const commune = byCode.get(user.practiceInseeCode ?? '');
      expect(commune).toBeDefined();
      if (!commune) continue;
      expect(commune.departement).toBe('91');
      expect(commune.postcodes).toContain(user.practicePostcode);
      expect(user.practiceCity).toBe(commune.name);
      expect(km(commune, { lat: user.practiceLat ?? 0, lng: user.practiceLng ?? 0 })).toBeLessThan(2);
    }
  });

  it('has professionals farther than 10 km from every other practice', async () => {
    const practices = (await t.database.db.select().from(users)).filter((u) => u.practiceLat !== null && u.practiceLng !== null);
    const isolated = practices.filter((u) =>
      practices.every((other) => other.id === u.id || km({ lat: u.practiceLat ?? 0, lng: u.practiceLng ?? 0 }, { lat: other.practiceLat ?? 0, lng: other.practiceLng ?? 0 }) > 10),
    );
    expect(isolated.length).toBeGreaterThanOrEqual(1);
  });

  it('has a platform, a CPTS with most professionals, a supervisor of both, hours, absences and 10 patients', async () => {
    const { db } = t.database;
    const orgs = await db.select().from(organisations);
    expect(orgs.map((o) => o.kind)).toEqual(expect.arrayContaining(['plateforme', 'cabinet', 'etablissement']));
    expect(orgs.map((o) => o.name)).toEqual(expect.arrayContaining(['Plateforme Déclic Essonne', 'Cabinet médical des Tilleuls', 'Centre hospitalier Sud Francilien']));
    const [cpts] = await db.select().from(networks);
    expect(cpts?.name).toBe('CPTS Cœur d’Essonne');
    const careCount = (await db.select().from(users)).filter((u) => isCareProfession(u.profession)).length;
    const members = await db.$count(networkMembers);
    expect(members).toBeGreaterThan(careCount / 2);
    expect(members).toBeLessThan(careCount);
    expect(await db.$count(supervisions)).toBe(2);
    expect(await db.$count(workingHours)).toBeGreaterThan(200);

    const patientRows = await db.select().from(patients);
    expect(patientRows).toHaveLength(10);
    const gp = (await db.select().from(users)).find((u) => u.email === 'medecin@declic.demo');
    for (const patient of patientRows) {
      expect(normalizePhone(patient.phone)?.e164).toBe(patient.phone);
      expect(patient.timeZone).toBe('Europe/Paris');
      expect(patient.createdBy).toBe(gp?.id);
      expect(patient.organisationId).toBe(gp?.organisationId);
      expect(patient.lastNameSearch).toBe(patient.lastName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    }
  });

  it('gives the demo GP a file active with history, and usual professionals linked to the demo accounts', async () => {
    const gp = await loginAs(t.app, 'medecin@declic.demo', DEMO_PASSWORD);
    const caseload = (await gp.get('/api/caseload')).json().patients as { lastName: string; lastActivityAt: string; history: { label: string }[] }[];
    expect(caseload).toHaveLength(8);
    const activity = caseload.map((p) => p.lastActivityAt);
    expect(activity).toEqual([...activity].sort().reverse());
    const dubois = caseload.find((p) => p.lastName === 'Dubois');
    expect(dubois?.history.map((h) => h.label)).toEqual(['Patient pour Julien BERNARD', 'Patient pour Moi', 'Créé par Claire MOREL']);

    const nurse = await loginAs(t.app, 'infirmier@declic.demo', DEMO_PASSWORD);
    const followed = (await nurse.get('/api/caseload')).json().patients as { lastName: string; history: { label: string }[] }[];
    expect(followed.map((p) => p.lastName).sort()).toEqual(['Dubois', 'Leroy']);
    expect(followed[0]?.history[0]?.label).toBe('Patient pour Moi');

    const fiche = (await gp.get(`/api/patients/${(await gp.get('/api/patients/search?lastName=dubois')).json().matches[0].id}`)).json().patient;
    expect(fiche).toMatchObject({ identityStatus: 'qualifiee', digicode: '4512A', ageLabel: expect.stringMatching(/ans - née le 12\/04\/1938$/) });
    expect(fiche.ins).toBe(fiche.nir);
    const gpUser = (await t.database.db.select().from(users)).find((u) => u.email === 'medecin@declic.demo');
    expect(fiche.usualProfessionals.map((p: { role: string; isPlatformUser: boolean }) => `${p.role}:${p.isPlatformUser}`)).toEqual([
      'medecin_traitant:true',
      'infirmier:true',
      'pharmacien:true',
    ]);
    expect(fiche.usualProfessionals[0]).toMatchObject({ userId: gpUser?.id, idNat: `8${gpUser?.rpps}`, lastName: 'Morel' });
  });

  it('passes the patient validation: every patient can be saved back unchanged', async () => {
    const gp = await loginAs(t.app, 'medecin@declic.demo', DEMO_PASSWORD);
    const ids = (await t.database.db.select({ id: patients.id }).from(patients)).map((p) => p.id);
    const withNir = [];
    for (const id of ids) {
      const { patient } = (await gp.get(`/api/patients/${id}`)).json();
      if (patient.nir) withNir.push(patient.nir);
      const { id: _id, ageLabel: _a, timeZone: _z, usualProfessionals: _u, history: _h, followed: _f, createdAt: _c, updatedAt: _up, ...input } = patient;
      const res = await gp.put(`/api/patients/${id}`, input);
      expect(res.statusCode, res.body).toBe(200);
      const { updatedAt: _before, ...before } = patient;
      const { updatedAt: _after, ...after } = res.json().patient;
      expect(after).toEqual(before);
    }
    expect(withNir.length).toBeGreaterThanOrEqual(5);
    expect(withNir.some((nir: string) => nir.includes('2A'))).toBe(true);
  });

  it('lets every demo account sign in with the demo password', async () => {
    expect(demoAccounts.map((a) => a.email)).toContain('medecin@declic.demo');
    for (const account of demoAccounts) await loginAs(t.app, account.email, DEMO_PASSWORD);
  });

  it('passes the admin validation: every user can be saved back unchanged', async () => {
    const admin = await loginAs(t.app, 'admin@declic.demo', DEMO_PASSWORD);
    const list = (await admin.get('/api/admin/users')).json().users as { id: string }[];
    expect(list).toHaveLength(43);
    for (const { id } of list) {
      const { user } = (await admin.get(`/api/admin/users/${id}`)).json();
      const { id: _id, organisation: _o, isSupervisor: _s, active: _a, city: _c, absences, practice, ...fields } = user;
      const input = {
        ...fields,
        practice: practice && { address: practice.address, inseeCode: practice.inseeCode, postcode: practice.postcode, lat: practice.lat, lng: practice.lng },
        absences: absences.map(({ id: _absenceId, ...a }: { id: string }) => a),
      };
      const res = await admin.put(`/api/admin/users/${id}`, input);
      expect(res.statusCode, res.body).toBe(200);
      const { absences: savedAbsences, ...saved } = res.json().user;
      const { absences: _before, ...before } = user;
      expect(saved).toEqual(before);
      expect(savedAbsences).toHaveLength(absences.length);
    }
  });
});
