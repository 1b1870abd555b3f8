import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backdateCareRequest,
  createNetwork,
  createProfessional,
  places,
  requestBlock,
  supervise,
  tagCareRequest,
} from '../../../test/support/care-requests.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { loginAs, type TestClient } from '../../../test/support/client.js';
import { createOrganisation, createUser } from '../../../test/support/factories.js';
import { accessLogOf, patientInput } from '../../../test/support/patients.js';

interface Row {
  id: string;
  number: number;
  createdAt: string;
  status: string;
  patient: { view: string; id: string };
  tags: string[];
}
interface Fiche {
  id: string;
  number: number;
  patientId: string;
}

/** One block per care profession: a batch of five fiches made at the same instant. */
const fiveProfessions = [
  requestBlock(),
  requestBlock({ profession: 'masseur_kinesitherapeute', careActs: ['kine_respiratoire'] }),
  requestBlock({ profession: 'medecin_generaliste', careActs: ['consultation'] }),
  requestBlock({ profession: 'pharmacien', careActs: ['conseil'] }),
  requestBlock({ profession: 'sage_femme', careActs: ['suivi_post_natal'] }),
];

describe('dashboard API — Mes fiches, Fiches supervisées', () => {
  let t: TestApp;
  const as: Record<'gpA' | 'colleague' | 'gpB' | 'gpC' | 'orgSupervisor' | 'networkSupervisor' | 'outsider' | 'nurse', TestClient> = {} as never;
  const fiche: Record<'a1' | 'a2' | 'b1' | 'c1', Fiche> = {} as never;
  const patientBodies: Record<string, Record<string, unknown>> = {};
  let orgSupervisorId = '';

  async function newPatient(client: TestClient, overrides: Record<string, unknown> = {}): Promise<string> {
    const body = patientInput(overrides);
    const res = await client.post('/api/patients', body);
    expect(res.statusCode, res.body).toBe(201);
    const id: string = res.json().patient.id;
    patientBodies[id] = body;
    return id;
  }

  async function trigger(client: TestClient, patientId: string, blocks = [requestBlock()]): Promise<Fiche[]> {
    const res = await client.post('/api/care-request-batches', { patientId, requests: blocks });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().batch.requests.map((r: { id: string; number: number }) => ({ id: r.id, number: r.number, patientId }));
  }

  async function list(client: TestClient, query = ''): Promise<{ careRequests: Row[]; nextCursor: string | null }> {
    const res = await client.get(`/api/care-requests${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  const ids = async (client: TestClient, query = '') => (await list(client, query)).careRequests.map((row) => row.id).sort();
  const sorted = (...fiches: Fiche[]) => fiches.map((f) => f.id).sort();

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const [orgA, orgB, orgC, platform] = [
      await createOrganisation(db, { name: 'Cabinet des Tilleuls' }),
      await createOrganisation(db, { name: 'Maison de santé du Lac' }),
      await createOrganisation(db, { name: 'Cabinet de la Gare' }),
      await createOrganisation(db, { name: 'Plateforme de supervision', kind: 'plateforme' }),
    ];
    const gp = (organisationId: string, lastName: string) => createUser(db, { profession: 'medecin_generaliste', firstName: 'Claire', lastName, organisationId });
    const gpA = await gp(orgA.id, 'Morel');
    const colleague = await gp(orgA.id, 'Durand');
    const gpB = await gp(orgB.id, 'Roux');
    const gpC = await gp(orgC.id, 'Garnier');
    const networkId = await createNetwork(db, [gpA.id, gpC.id]);
    const orgSupervisor = await createUser(db, { profession: 'superviseur', organisationId: platform.id });
    orgSupervisorId = orgSupervisor.id;
    await supervise(db, orgSupervisor.id, { organisationId: orgB.id });
    // A supervisor of the CPTS who works in organisation A: A's fiches are theirs already ("Mes fiches").
    const networkSupervisor = await createUser(db, { profession: 'superviseur', organisationId: orgA.id });
    await supervise(db, networkSupervisor.id, { networkId });
    const outsider = await createUser(db, { profession: 'infirmier' });
    const nurse = await createProfessional(db, 'infirmier', places.evryNorth, { firstName: 'Noé', lastName: 'Hébert' });
    for (const [name, user] of Object.entries({ gpA, colleague, gpB, gpC, orgSupervisor, networkSupervisor, outsider, nurse })) {
      as[name as keyof typeof as] = await loginAs(t.app, user.email);
    }

    const one = async (client: TestClient, patientId: string, block: ReturnType<typeof requestBlock>) => (await trigger(client, patientId, [block]))[0]!;
    fiche.a1 = await one(as.gpA, await newPatient(as.gpA, { lastName: 'Lefèvre', firstName: 'Éloïse' }), requestBlock({ comment: 'Pansement après chute' }));
    fiche.a2 = await one(as.colleague, await newPatient(as.colleague), requestBlock({ careActs: ['injection'], comment: 'Injection le matin' }));
    fiche.b1 = await one(as.gpB, await newPatient(as.gpB), requestBlock({ comment: 'Surveillance glycémie' }));
    fiche.c1 = await one(as.gpC, await newPatient(as.gpC), requestBlock({ comment: 'Bilan à jeun' }));
  });
  afterAll(async () => t.close());

  it('lists "Mes fiches" of the requester and their organisation, and nothing supervised to a non-supervisor', async () => {
    expect(await ids(as.gpA)).toEqual(sorted(fiche.a1, fiche.a2));
    expect(await ids(as.colleague, '?scope=mine')).toEqual(sorted(fiche.a1, fiche.a2));
    expect(await ids(as.gpB)).toEqual(sorted(fiche.b1));
    expect(await ids(as.gpA, '?scope=supervised')).toEqual([]);
    const page = await list(as.gpA);
    expect(page.nextCursor).toBeNull();
    expect(page.careRequests.every((row) => row.patient.view === 'full')).toBe(true);
  });

  it('lists to a supervisor of an organisation the fiches made there, as "Fiches supervisées" only', async () => {
    expect(await ids(as.orgSupervisor, '?scope=supervised')).toEqual(sorted(fiche.b1));
    expect(await ids(as.orgSupervisor)).toEqual([]);
  });

  it('lists to a supervisor of a network the fiches of its members, without those already in "Mes fiches"', async () => {
    expect(await ids(as.networkSupervisor, '?scope=supervised')).toEqual(sorted(fiche.c1));
    expect(await ids(as.networkSupervisor, '?scope=mine')).toEqual(sorted(fiche.a1, fiche.a2));
  });

  it('shows nothing of others to a user without any right', async () => {
    expect(await ids(as.outsider)).toEqual([]);
    expect(await ids(as.outsider, '?scope=supervised&days=365')).toEqual([]);
  });

  it('finds by MOT-CLÉ without case or accents: patient, comment, commune, requester, performer, tag, number', async () => {
    const { db } = t.database;
    expect(await ids(as.gpA, '?q=LEFEVRE')).toEqual(sorted(fiche.a1));
    expect(await ids(as.gpA, `?q=${encodeURIComponent('éloïse')}`)).toEqual(sorted(fiche.a1));
    expect(await ids(as.gpA, '?q=lef%C3%A8v')).toEqual(sorted(fiche.a1));
    expect(await ids(as.gpA, '?q=apres%20CHUTE')).toEqual(sorted(fiche.a1));
    expect(await ids(as.gpA, '?q=chute%20lefevre')).toEqual(sorted(fiche.a1));
    expect(await ids(as.gpA, '?q=evry')).toEqual(sorted(fiche.a1, fiche.a2));
    expect(await ids(as.gpA, '?q=durand')).toEqual(sorted(fiche.a2));
    expect(await ids(as.gpA, `?q=%23${fiche.a2.number}`)).toEqual(sorted(fiche.a2));
    expect(await ids(as.gpA, '?q=introuvable')).toEqual([]);
    // A word that matches only another organisation's fiche finds nothing here.
    expect(await ids(as.gpA, '?q=glycemie')).toEqual([]);

    await tagCareRequest(db, fiche.a2.id, 'Diabète', orgSupervisorId);
    expect(await ids(as.gpA, '?q=DIABETE')).toEqual(sorted(fiche.a2));
    expect((await list(as.gpA, '?q=diabete')).careRequests[0]?.tags).toEqual(['Diabète']);

    // The performer, once a nurse accepted.
    expect((await as.nurse.post(`/api/care-requests/${fiche.a1.id}/accept`)).statusCode).toBe(200);
    expect(await ids(as.gpA, '?q=hebert')).toEqual(sorted(fiche.a1));

    // A renamed patient is found under the new name.
    const renamed = await as.gpA.put(`/api/patients/${fiche.a1.patientId}`, { ...patientBodies[fiche.a1.patientId], lastName: 'Lefèvre-Morin' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await ids(as.gpA, '?q=morin')).toEqual(sorted(fiche.a1));
  });

  it('filters on an exact tag, without case', async () => {
    const { db } = t.database;
    await tagCareRequest(db, fiche.b1.id, 'Urgent', orgSupervisorId);
    expect(await ids(as.orgSupervisor, `?scope=supervised&tag=${encodeURIComponent('URGENT')}`)).toEqual(sorted(fiche.b1));
    expect(await ids(as.orgSupervisor, '?scope=supervised&tag=urg')).toEqual([]);
    expect(await ids(as.gpA, '?tag=urgent')).toEqual([]);
  });

  it('filters on the status and on the period of creation (14 days by default)', async () => {
    expect(await ids(as.gpA, '?status=accepted')).toEqual(sorted(fiche.a1));
    expect(await ids(as.gpA, '?status=cancelled')).toEqual([]);

    const [old] = await trigger(as.gpC, await newPatient(as.gpC));
    await backdateCareRequest(t.database.db, old!.id, 20);
    expect(await ids(as.gpC)).toEqual(sorted(fiche.c1));
    expect(await ids(as.gpC, '?days=14')).toEqual(sorted(fiche.c1));
    expect(await ids(as.gpC, '?days=30')).toEqual(sorted(fiche.c1, old!));
    await backdateCareRequest(t.database.db, fiche.c1.id, 2);
    expect(await ids(as.gpC, '?days=1')).toEqual([]);
  });

  it('pages with a cursor: no duplicate and no gap across fiches made at the same instant, in both orders', async () => {
    const { db } = t.database;
    const org = await createOrganisation(db, { name: 'Centre de santé des Pages' });
    const requester = await createUser(db, { profession: 'medecin_generaliste', organisationId: org.id });
    const supervisor = await createUser(db, { profession: 'superviseur' });
    await supervise(db, supervisor.id, { organisationId: org.id });
    const [client, supervisorClient] = [await loginAs(t.app, requester.email), await loginAs(t.app, supervisor.email)];
    const made = [
      ...(await trigger(client, await newPatient(client), fiveProfessions)),
      ...(await trigger(client, await newPatient(client), fiveProfessions)),
      ...(await trigger(client, await newPatient(client))),
    ];
    // A change moves the oldest batch's first fiche to the top of "Dernière activité".
    const cancelled = await client.post(`/api/care-requests/${made[0]!.id}/cancel`, { reason: 'Patient hospitalisé' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);

    for (const [who, scope] of [[client, 'mine'], [supervisorClient, 'supervised']] as const) {
      for (const sort of ['created', 'activity']) {
        const whole = (await list(who, `?scope=${scope}&sort=${sort}&limit=100`)).careRequests;
        expect(whole.map((row) => row.id).sort()).toEqual(made.map((f) => f.id).sort());
        const walked: Row[] = [];
        let cursor: string | null = null;
        do {
          const page: { careRequests: Row[]; nextCursor: string | null } = await list(who, `?scope=${scope}&sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
          expect(page.careRequests.length).toBeLessThanOrEqual(3);
          walked.push(...page.careRequests);
          cursor = page.nextCursor;
        } while (cursor);
        expect(walked.map((row) => row.id)).toEqual(whole.map((row) => row.id));
      }
    }
    const byCreation = (await list(client, '?limit=100')).careRequests;
    const keys = byCreation.map((row) => [Date.parse(row.createdAt), row.number] as const);
    expect(keys).toEqual([...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
    expect(new Set(byCreation.map((row) => row.createdAt)).size).toBe(3);
    expect((await list(client, '?sort=activity&limit=1')).careRequests[0]?.id).toBe(made[0]!.id);
    expect((await list(client, '?sort=created&limit=1')).careRequests[0]?.id).toBe(made[10]!.id);
  });

  it('logs one read per patient of the page, for the reader', async () => {
    const before = (await accessLogOf(t.database.db, fiche.b1.patientId)).filter((row) => row.userId === orgSupervisorId).length;
    const page = await list(as.orgSupervisor, '?scope=supervised');
    expect(page.careRequests.map((row) => row.patient.id)).toEqual([fiche.b1.patientId]);
    const after = (await accessLogOf(t.database.db, fiche.b1.patientId)).filter((row) => row.userId === orgSupervisorId);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ action: 'read', what: 'care_request' });
  });

  it('refuses bad parameters and foreign cursors with 422 and the field', async () => {
    const page = await list(as.gpA, '?limit=1');
    expect(page.nextCursor).not.toBeNull();
    for (const query of ['?days=3', '?scope=all', '?limit=101', '?limit=0', '?status=lost', '?sort=name', `?sort=activity&cursor=${page.nextCursor}`, '?cursor=bm9uc2Vuc2U']) {
      const res = await as.gpA.get(`/api/care-requests${query}`);
      expect(res.statusCode, query).toBe(422);
      expect(res.json()).toMatchObject({ code: 'validation.failed', message: expect.any(String) });
    }
  });
});
