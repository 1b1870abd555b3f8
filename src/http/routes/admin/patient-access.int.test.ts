import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { createProfessional, places, requestBlock } from '../../../../test/support/care-requests.js';
import { anonymousClient, loginAs, type TestClient } from '../../../../test/support/client.js';
import { createOrganisation, createUser } from '../../../../test/support/factories.js';
import { accessLogOf, patientInput, testClock, type TestClock } from '../../../../test/support/patients.js';
import { nirKey } from '../../../core/validators/nir.js';

const BASE = '/api/admin/patient-access/patients';
const MINUTE = 60_000;

/** A woman's NIR born in January 1970 (the patient's traits), unique enough for one database. */
function nirOfJanuary1970(): string {
  const body = `2700175056${String(randomInt(1000)).padStart(3, '0')}`;
  return body + nirKey(body);
}

/** The wall clock in Paris, written independently of the app's formatter. */
const parisTime = (iso: string) => new Date(iso).toLocaleString('fr-FR', { timeZone: 'Europe/Paris', hourCycle: 'h23' });

describe('admin API — patient access report (droit d’accès)', () => {
  let t: TestApp;
  let clock: TestClock;
  let admin: TestClient;
  let gp: TestClient;
  let nurse: TestClient;
  let colleague: TestClient;
  const users = {} as Record<'gp' | 'nurse' | 'colleague' | 'admin', { id: string; email: string }>;
  let patientId: string;
  const nir = nirOfJanuary1970();

  const step = () => clock.advance(MINUTE);

  beforeAll(async () => {
    clock = testClock();
    t = await createTestApp({ overrides: { clock } });
    const { db } = t.database;
    // An organisation name and a user name a spreadsheet would run as formulas.
    const organisationId = (await createOrganisation(db, { name: '@Cabinet des Tilleuls; Évry' })).id;
    users.gp = await createProfessional(db, 'medecin_generaliste', places.evry, { firstName: 'Claire', lastName: 'Morel', organisationId });
    users.nurse = await createProfessional(db, 'infirmier', places.evryNorth, { firstName: 'Julie', lastName: 'Petit' });
    users.colleague = await createUser(db, { firstName: '=1+1', lastName: 'Roux', profession: 'infirmier', organisationId });
    users.admin = await createUser(db, { firstName: 'Alice', lastName: 'Admin', profession: 'superviseur', isAdmin: true });
    [gp, nurse, colleague, admin] = [await loginAs(t.app, users.gp.email), await loginAs(t.app, users.nurse.email), await loginAs(t.app, users.colleague.email), await loginAs(t.app, users.admin.email)];

    // The GP registers the patient and triggers a nurse; the nurse offered opens the fiche; a colleague reads the patient.
    const created = await gp.post('/api/patients', patientInput({ lastName: 'Lefèvre', firstName: 'Éloïse', nir }));
    expect(created.statusCode, created.body).toBe(201);
    patientId = created.json().patient.id;
    step();
    const batch = await gp.post('/api/care-request-batches', { patientId, callerPhone: '06 12 34 56 78', requests: [requestBlock()] });
    expect(batch.statusCode, batch.body).toBe(201);
    step();
    const fiche = await nurse.get(`/api/care-requests/${batch.json().batch.requests[0].id}`);
    expect(fiche.statusCode, fiche.body).toBe(200);
    step();
    expect((await colleague.get(`/api/patients/${patientId}`)).statusCode).toBe(200);
    step();
  });
  afterAll(async () => t.close());

  it('refuses anonymous callers (401) and non-admins (403) on every route, logging nothing', async () => {
    const before = (await accessLogOf(t.database.db, patientId)).length;
    const anonymous = await anonymousClient(t.app);
    const urls = [`${BASE}?lastName=Lefevre&firstName=Eloise&birthDate=1970-01-01`, `${BASE}?nir=${nir}`, `${BASE}/${patientId}`, `${BASE}/${patientId}/export.csv`];
    for (const url of urls) {
      expect((await anonymous.get(url)).statusCode).toBe(401);
      for (const client of [gp, nurse]) {
        const res = await client.get(url);
        expect(res.statusCode, url).toBe(403);
        expect(res.json()).toMatchObject({ code: 'auth.forbidden', message: expect.stringContaining('droits') });
      }
    }
    expect(await accessLogOf(t.database.db, patientId)).toHaveLength(before);
  });

  it('finds the patient by exact identity (accents and case ignored) or by NIR, and logs the lookup', async () => {
    const byIdentity = await admin.get(`${BASE}?lastName=LEFEVRE&firstName=eloise&birthDate=1970-01-01`);
    expect(byIdentity.statusCode, byIdentity.body).toBe(200);
    // Only what tells homonyms apart: no phone, address or NIR.
    expect(byIdentity.json().patients).toEqual([
      { id: patientId, lastName: 'Lefèvre', firstName: 'Éloïse', birthDate: '1970-01-01', city: 'Évry-Courcouronnes', postcode: '91000' },
    ]);
    const byNir = await admin.get(`${BASE}?nir=${encodeURIComponent(`${nir.slice(0, 1)} ${nir.slice(1, 3)} ${nir.slice(3)}`)}`);
    expect(byNir.json().patients.map((p: { id: string }) => p.id)).toEqual([patientId]);

    // Exact, not a prefix; every criterion given must match.
    for (const query of ['lastName=Lef&firstName=Eloise&birthDate=1970-01-01', 'lastName=Lefevre&firstName=Eloise&birthDate=1970-01-02', `nir=${nir}&firstName=Claire`]) {
      const res = await admin.get(`${BASE}?${query}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().patients, query).toEqual([]);
    }
    const lookups = (await accessLogOf(t.database.db, patientId)).filter((line) => line.what === 'access_report_lookup');
    expect(lookups.map((line) => [line.userId, line.action])).toEqual([
      [users.admin.id, 'read'],
      [users.admin.id, 'read'],
    ]);
    step();
  });

  it('answers 400 with French messages for an incomplete or invalid lookup', async () => {
    const empty = await admin.get(BASE);
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toEqual({
      code: 'patients.access_lookup_invalid',
      message: 'Recherche invalide : indiquez le NIR ou l’INS du patient, ou bien son nom, son prénom et sa date de naissance.',
      fields: { lastName: 'Ce champ est obligatoire.', firstName: 'Ce champ est obligatoire.', birthDate: 'Ce champ est obligatoire.' },
    });
    const badDate = await admin.get(`${BASE}?lastName=Lefevre&firstName=Eloise&birthDate=1970-02-30`);
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().fields).toEqual({ birthDate: 'Date invalide : indiquez une date réelle (JJ/MM/AAAA).' });
    const badNir = await admin.get(`${BASE}?nir=${nir.slice(0, 13)}${nir.slice(13) === '01' ? '02' : '01'}`);
    expect(badNir.statusCode).toBe(400);
    expect(badNir.json().fields).toEqual({ nir: 'La clé du NIR ne correspond pas au numéro : vérifiez la saisie.' });
  });

  it('reports every access, newest first: who, when (UTC and Paris time), what', async () => {
    const res = await admin.get(`${BASE}/${patientId}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { report } = res.json();
    expect(report).toMatchObject({
      patient: { id: patientId, lastName: 'Lefèvre', firstName: 'Éloïse', birthDate: '1970-01-01', city: 'Évry-Courcouronnes' },
      timeZone: 'Europe/Paris',
    });
    const gpUser = { id: users.gp.id, name: 'Claire MOREL', profession: 'medecin_generaliste', organisation: '@Cabinet des Tilleuls; Évry', email: users.gp.email };
    const summary = report.entries.map((e: { user: { id: string }; action: string; what: string }) => [e.user.id, e.action, e.what]);
    expect(summary).toEqual([
      [users.admin.id, 'read', 'access_report_lookup'],
      [users.admin.id, 'read', 'access_report_lookup'],
      [users.colleague.id, 'read', 'identity'],
      [users.nurse.id, 'read', 'care_request'],
      [users.gp.id, 'update', 'care_request'],
      [users.gp.id, 'create', 'identity'],
    ]);
    expect(report.total).toBe(6);
    const created = report.entries.at(-1);
    expect(created).toEqual({
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      localAt: parisTime(created.at),
      action: 'create',
      actionLabel: 'Création',
      what: 'identity',
      whatLabel: 'Identité et adresse du patient',
      user: gpUser,
    });
    expect(report.entries[3]).toMatchObject({
      actionLabel: 'Consultation',
      whatLabel: 'Demande de prise en charge',
      user: { name: 'Julie PETIT', profession: 'infirmier', organisation: null, email: users.nurse.email },
    });
    const times: number[] = report.entries.map((e: { at: string }) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // Reading the report is itself logged, after what it showed.
    const log = await accessLogOf(t.database.db, patientId);
    expect(log.at(-1)).toMatchObject({ userId: users.admin.id, action: 'read', what: 'access_report' });
    step();
  });

  it('exports the report as CSV for Excel, injection-safe, and logs the export for the next report', async () => {
    const shown = (await admin.get(`${BASE}/${patientId}`)).json().report;
    step();
    const res = await admin.get(`${BASE}/${patientId}/export.csv`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(clock.now());
    expect(res.headers['content-disposition']).toBe(`attachment; filename="acces-patient-${today}.csv"`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const lines = res.rawPayload.subarray(3).toString('utf8').split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('Date et heure (Europe/Paris);Date et heure (UTC);Utilisateur;Profession;Organisation;E-mail;Action;Donnée concernée');
    // One row per access: all of them, in the page's order, the newest (the admin's last reading) first.
    const rows = lines.slice(1);
    expect(rows).toHaveLength(shown.total + 1);
    expect(rows[0]).toMatch(/;Alice ADMIN;Superviseur;;[^;]+;Consultation;Rapport d'accès aux données \(administrateur\)$/);
    const created = shown.entries.at(-1);
    expect(rows.at(-1)).toBe(
      `${created.localAt};${created.at};Claire MOREL;Médecin généraliste;"'@Cabinet des Tilleuls; Évry";${users.gp.email};Création;Identité et adresse du patient`,
    );
    // A name starting with "=" stays text.
    expect(rows.find((row) => row.includes('ROUX'))).toContain(";'=1+1 ROUX;Infirmier(e);");

    step();
    const next = (await admin.get(`${BASE}/${patientId}`)).json().report;
    expect(next.total).toBe(shown.total + 2);
    expect(next.entries[0]).toMatchObject({
      action: 'export',
      actionLabel: 'Export',
      what: 'access_report',
      whatLabel: "Rapport d'accès aux données (administrateur)",
      user: { id: users.admin.id, name: 'Alice ADMIN', profession: 'superviseur' },
    });
  });

  it('answers 404 for an unknown patient', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const url of [`${BASE}/${unknown}`, `${BASE}/${unknown}/export.csv`]) {
      const res = await admin.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toEqual({ code: 'patients.not_found', message: 'Patient introuvable.' });
    }
  });
});
