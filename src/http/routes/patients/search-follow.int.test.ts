import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { loginAs, type TestClient } from '../../../../test/support/client.js';
import { createOrganisation, createUser } from '../../../../test/support/factories.js';
import { accessLogOf, moveUser, patientInput, uniqueMobile, uniqueName } from '../../../../test/support/patients.js';

describe('patients API — search, visibility, follow', () => {
  let t: TestApp;
  const clients: Record<'creator' | 'colleague' | 'outsider' | 'admin' | 'lone', TestClient> = {} as never;
  const ids: Record<string, string> = {};
  let organisationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    organisationId = (await createOrganisation(db)).id;
    const elsewhere = (await createOrganisation(db)).id;
    const people = {
      creator: await createUser(db, { profession: 'medecin_generaliste', firstName: 'Claire', lastName: 'Morel', organisationId }),
      colleague: await createUser(db, { profession: 'infirmier', organisationId }),
      outsider: await createUser(db, { profession: 'infirmier', firstName: 'Julien', lastName: 'Bernard', organisationId: elsewhere }),
      admin: await createUser(db, { profession: 'superviseur', isAdmin: true, organisationId: elsewhere }),
      lone: await createUser(db, { profession: 'pharmacien', organisationId: null }),
    };
    for (const [key, user] of Object.entries(people)) {
      ids[key] = user.id;
      clients[key as keyof typeof clients] = await loginAs(t.app, user.email);
    }
  });
  afterAll(async () => t.close());

  async function createEloise() {
    const identity = { phone: uniqueMobile(), lastName: `Lévêque-${uniqueName('Éloïse')}`, firstName: 'Éloïse', birthDate: '1970-01-01' };
    const res = await clients.creator.post('/api/patients', patientInput({ ...identity, sex: 'F' }));
    expect(res.statusCode, res.body).toBe(201);
    return { id: res.json().patient.id as string, identity };
  }

  const search = (client: TestClient, query: Record<string, string>) => client.get(`/api/patients/search?${new URLSearchParams(query).toString()}`);

  it('finds patients whatever the case and accents, by name prefix or by any single criterion', async () => {
    const { id, identity } = await createEloise();
    const suffix = identity.lastName.slice('Lévêque-'.length);
    const queries: Record<string, string>[] = [
      { lastName: `leveque-${suffix}`.toUpperCase(), firstName: 'eloise' },
      { lastName: `LEVEQUE ${suffix}` },
      { firstName: 'ELOÏ', lastName: 'levêq' },
      { phone: identity.phone.replace(/(\d{2})(?=\d)/g, '$1 ') },
      { birthDate: '1970-01-01', lastName: 'lev' },
    ];
    for (const query of queries) {
      const res = await search(clients.creator, query);
      expect(res.statusCode, res.body).toBe(200);
      const match = res.json().matches.find((m: { id: string }) => m.id === id);
      expect(match, JSON.stringify(query)).toMatchObject({ firstName: 'Éloïse', sex: 'F', birthDate: '1970-01-01', ageLabel: expect.stringMatching(/^\d+ ans - née le 01\/01\/1970$/), city: 'Évry-Courcouronnes', postcode: '91000', followed: true });
    }
    expect((await search(clients.creator, { lastName: 'eloise' })).json().matches.some((m: { id: string }) => m.id === id)).toBe(false);
    expect((await search(clients.creator, { birthDate: '1970-01-02', lastName: 'lev' })).json().matches.some((m: { id: string }) => m.id === id)).toBe(false);
  });

  it('refuses an empty search or unreadable criteria', async () => {
    const empty = await search(clients.creator, { lastName: ' ' });
    expect(empty.statusCode).toBe(422);
    expect(empty.json()).toMatchObject({ code: 'patients.search_empty', message: expect.stringContaining('au moins un critère') });
    const bad = await search(clients.creator, { phone: '12', birthDate: '1970-02-30' });
    expect(bad.statusCode).toBe(422);
    expect(Object.keys(bad.json().fields).sort()).toEqual(['birthDate', 'phone']);
  });

  it('shows a patient to its creator, followers and organisation, never to outsiders or admins by role', async () => {
    const { id, identity } = await createEloise();
    const colleague = await clients.colleague.get(`/api/patients/${id}`);
    expect(colleague.statusCode).toBe(200);
    expect(colleague.json().patient.followed).toBe(false);
    expect((await search(clients.colleague, { lastName: 'leveque' })).json().matches.map((m: { id: string }) => m.id)).toContain(id);

    for (const who of ['outsider', 'admin', 'lone'] as const) {
      const client = clients[who];
      expect((await client.get(`/api/patients/${id}`)).statusCode, who).toBe(404);
      expect((await client.put(`/api/patients/${id}`, patientInput())).statusCode, who).toBe(404);
      expect((await client.post(`/api/patients/${id}/follow`)).statusCode, who).toBe(404);
      expect((await client.delete(`/api/patients/${id}/follow`)).statusCode, who).toBe(404);
      expect((await client.put(`/api/patients/${id}/usual-professionals/infirmier`, { idNat: '810000000009' })).statusCode, who).toBe(404);
      expect((await client.delete(`/api/patients/${id}/usual-professionals/infirmier`)).statusCode, who).toBe(404);
      const partial = await search(client, { lastName: identity.lastName, firstName: identity.firstName, birthDate: identity.birthDate });
      expect(partial.json().matches.map((m: { id: string }) => m.id), who).not.toContain(id);
    }
    const hidden = await clients.outsider.get(`/api/patients/${id}`);
    expect(hidden.json()).toEqual({ code: 'patients.not_found', message: 'Patient introuvable.' });
  });

  it('also shows the patient to members of the creator\'s new organisation', async () => {
    const { id } = await createEloise();
    const moved = await createUser(t.database.db, { profession: 'medecin_generaliste' });
    const newOrganisation = (await createOrganisation(t.database.db)).id;
    const member = await createUser(t.database.db, { organisationId: newOrganisation });
    const memberClient = await loginAs(t.app, member.email);
    const patient = await loginAs(t.app, moved.email).then((c) => c.post('/api/patients', patientInput()));
    const patientId = patient.json().patient.id as string;
    expect((await memberClient.get(`/api/patients/${patientId}`)).statusCode).toBe(404);
    await moveUser(t.database.db, moved.id, newOrganisation);
    expect((await memberClient.get(`/api/patients/${patientId}`)).statusCode).toBe(200);
    expect((await memberClient.get(`/api/patients/${id}`)).statusCode).toBe(404);
  });

  it('lists the exact four-criteria duplicate to an outsider, who may then follow it', async () => {
    const { id, identity } = await createEloise();
    const typed = { phone: identity.phone.replace(/^0/, '+33 '), lastName: identity.lastName.toUpperCase(), firstName: 'eloise', birthDate: identity.birthDate };
    const res = await search(clients.outsider, typed);
    expect(res.statusCode).toBe(200);
    expect(res.json().matches).toEqual([expect.objectContaining({ id, followed: false, lastName: identity.lastName })]);

    expect((await clients.outsider.post(`/api/patients/${id}/follow`, { ...typed, birthDate: '1970-01-02' })).statusCode).toBe(404);
    expect((await clients.outsider.post(`/api/patients/${id}/follow`, { ...typed, lastName: 'leveque' })).statusCode).toBe(404);
    const follow = await clients.outsider.post(`/api/patients/${id}/follow`, typed);
    expect(follow.statusCode, follow.body).toBe(200);
    expect(follow.json().patient).toMatchObject({ id, followed: true });
    expect(follow.json().patient.history[0]).toMatchObject({ kind: 'followed', userName: 'Julien BERNARD', label: 'Patient pour Moi' });
    expect((await clients.outsider.get(`/api/patients/${id}`)).statusCode).toBe(200);
    // Following twice adds no second line.
    expect((await clients.outsider.post(`/api/patients/${id}/follow`)).json().patient.history).toHaveLength(3);

    const seenByCreator = (await clients.creator.get(`/api/patients/${id}`)).json().patient;
    expect(seenByCreator.history.map((h: { label: string }) => h.label)).toEqual(['Patient pour Julien BERNARD', 'Patient pour Moi', 'Créé par Claire MOREL']);

    const stop = await clients.outsider.delete(`/api/patients/${id}/follow`);
    expect(stop.statusCode).toBe(204);
    expect(stop.body).toBe('');
    expect((await clients.outsider.get(`/api/patients/${id}`)).statusCode).toBe(404);

    const log = await accessLogOf(t.database.db, id);
    const outsiderLog = log.filter((l) => l.userId === ids.outsider).map((l) => `${l.action}/${l.what}`);
    expect(outsiderLog).toEqual(['read/search', 'update/followers', 'read/identity', 'update/followers', 'update/followers']);
  });

  it('lets a colleague follow a visible patient without typing the identity', async () => {
    const { id } = await createEloise();
    const res = await clients.colleague.post(`/api/patients/${id}/follow`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().patient.followed).toBe(true);
    const log = await accessLogOf(t.database.db, id);
    expect(log.map((l) => `${l.action}/${l.what}`)).toEqual(['create/identity', 'update/followers']);
  });

  it('logs every search result as a read, without personal data', async () => {
    const { id, identity } = await createEloise();
    await search(clients.creator, { phone: identity.phone });
    const log = await accessLogOf(t.database.db, id);
    expect(log.at(-1)).toMatchObject({ action: 'read', what: 'search', userId: ids.creator });
    const text = JSON.stringify(log);
    expect(text).not.toContain(identity.phone.slice(1));
    expect(text.toLowerCase()).not.toContain('leveque');
    const logs = t.logs.join('\n');
    expect(logs).not.toContain(identity.phone.slice(1));
    expect(logs.toLowerCase()).not.toContain(identity.lastName.toLowerCase());
  });
});
