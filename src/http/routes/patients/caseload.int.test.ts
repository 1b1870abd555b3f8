import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { loginAs, type TestClient } from '../../../../test/support/client.js';
import { createOrganisation, createUser } from '../../../../test/support/factories.js';
import { accessLogOf, insertCareRequestEvent, patientInput, testClock, uniqueName } from '../../../../test/support/patients.js';

const DAY = 86_400_000;

interface CaseloadEntry {
  id: string;
  lastName: string;
  lastActivityAt: string;
  followed: boolean;
  history: { label: string; kind: string; careRequestNumber: number | null }[];
}

describe('patients API — file active patientèle', () => {
  let t: TestApp;
  const clock = testClock();
  let organisationId: string;

  beforeAll(async () => {
    t = await createTestApp({ overrides: { clock } });
    organisationId = (await createOrganisation(t.database.db)).id;
  });
  afterAll(async () => t.close());

  async function newUser(): Promise<{ id: string; client: TestClient }> {
    const user = await createUser(t.database.db, { profession: 'medecin_generaliste', firstName: 'Claire', lastName: 'Morel', organisationId });
    return { id: user.id, client: await loginAs(t.app, user.email) };
  }

  /** Creates a patient as if `daysAgo` days ago. */
  async function createAt(client: TestClient, daysAgo: number, overrides: Record<string, unknown> = {}): Promise<string> {
    clock.advance(-daysAgo * DAY);
    try {
      const res = await client.post('/api/patients', patientInput(overrides));
      expect(res.statusCode, res.body).toBe(201);
      return res.json().patient.id;
    } finally {
      clock.advance(daysAgo * DAY);
    }
  }

  const caseload = async (client: TestClient, query = ''): Promise<CaseloadEntry[]> => {
    const res = await client.get(`/api/caseload${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().patients;
  };

  it('lists followed patients, latest activity first, with their history lines', async () => {
    const { client } = await newUser();
    const old = await createAt(client, 100, { lastName: uniqueName('Ancien') });
    const middle = await createAt(client, 20);
    const recent = await createAt(client, 1);
    expect((await caseload(client)).map((p) => p.id)).toEqual([recent, middle, old]);

    await insertCareRequestEvent(t.database.db, old, 24426443, clock.now());
    const list = await caseload(client);
    expect(list.map((p) => p.id)).toEqual([old, recent, middle]);
    const first = list[0];
    expect(first).toMatchObject({ followed: true, lastActivityAt: expect.any(String) });
    expect(first?.history.map((h) => h.label)).toEqual(['Déclenchement #24426443', 'Patient pour Moi', 'Créé par Claire MOREL']);
    expect(first?.history[0]).toMatchObject({ kind: 'care_request', careRequestNumber: 24426443 });
  });

  it('keeps the patients with activity in the period', async () => {
    const { client } = await newUser();
    const old = await createAt(client, 200);
    const middle = await createAt(client, 20);
    const recent = await createAt(client, 1);
    expect((await caseload(client, '?days=14')).map((p) => p.id)).toEqual([recent]);
    expect((await caseload(client, '?days=30')).map((p) => p.id)).toEqual([recent, middle]);
    expect((await caseload(client, '?days=90')).map((p) => p.id)).toEqual([recent, middle]);
    expect((await caseload(client, '?days=365')).map((p) => p.id)).toEqual([recent, middle, old]);
    expect((await client.get('/api/caseload?days=7')).statusCode).toBe(422);
  });

  it('filters on the MOT-CLÉ: names, phone, city, postcode, care request number', async () => {
    const { client } = await newUser();
    const picasso = await createAt(client, 3, { lastName: 'Picassô', firstName: 'Pablo', phone: '06 45 67 89 12' });
    const other = await createAt(client, 2, { lastName: uniqueName('Durand'), phone: '0696 11 22 33', address: { label: '5 Rue Victor Hugo 97200 Fort-de-France', address: '5 Rue Victor Hugo', postcode: '97200', city: 'Fort-de-France', inseeCode: '97209', lat: 14.6037, lng: -61.0731, territory: 'martinique' } });
    await insertCareRequestEvent(t.database.db, other, 23668607, clock.now());
    const ids = async (q: string) => (await caseload(client, `?q=${encodeURIComponent(q)}`)).map((p) => p.id);
    expect(await ids('picasso')).toEqual([picasso]);
    expect(await ids('PABLO pic')).toEqual([picasso]);
    expect(await ids('06 45 67')).toEqual([picasso]);
    expect(await ids('0696 11')).toEqual([other]);
    expect(await ids('+596 696 11 22 33')).toEqual([other]);
    expect(await ids('evry')).toEqual([picasso]);
    expect(await ids('fort de france')).toEqual([other]);
    expect(await ids('97200')).toEqual([other]);
    expect(await ids('#23668607')).toEqual([other]);
    expect(await ids('nobody-by-that-name')).toEqual([]);
    // Punctuation alone is no filter.
    expect(await ids('%')).toHaveLength(2);
  });

  it('shows only the patients the user follows, and logs each listing as a read', async () => {
    const creator = await newUser();
    const colleague = await newUser();
    const id = await createAt(creator.client, 0);
    expect((await caseload(colleague.client)).map((p) => p.id)).toEqual([]);
    await colleague.client.post(`/api/patients/${id}/follow`);
    const list = await caseload(colleague.client);
    expect(list.map((p) => p.id)).toEqual([id]);
    expect(list[0]?.history.map((h) => h.label)).toEqual(['Patient pour Moi', 'Patient pour Claire MOREL', 'Créé par Claire MOREL']);
    await colleague.client.delete(`/api/patients/${id}/follow`);
    expect(await caseload(colleague.client)).toEqual([]);
    const log = (await accessLogOf(t.database.db, id)).filter((l) => l.userId === colleague.id).map((l) => `${l.action}/${l.what}`);
    expect(log).toEqual(['update/followers', 'read/caseload', 'update/followers']);
  });
});
