import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { loginAs, type TestClient } from '../../../../test/support/client.js';
import { createUser } from '../../../../test/support/factories.js';

const unique = () => randomBytes(4).toString('hex');
const missingId = '2b1f6a3e-8a5e-4f1e-9a51-0c7b6f2d9e11';

describe('admin API — organisations and networks', () => {
  let t: TestApp;
  let admin: TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    const user = await createUser(t.database.db, { email: `admin-${unique()}@test.declic`, isAdmin: true, profession: 'superviseur' });
    admin = await loginAs(t.app, user.email);
  });
  afterAll(async () => t.close());

  it('creates, edits, deactivates and reactivates an organisation', async () => {
    const name = `Cabinet des Acacias ${unique()}`;
    const created = await admin.post('/api/admin/organisations', { name: `  ${name} `, kind: 'cabinet', phone: '01 60 78 12 34' });
    expect(created.statusCode).toBe(201);
    const { organisation } = created.json();
    expect(organisation).toEqual({ id: expect.any(String), name, kind: 'cabinet', phone: '+33160781234', active: true, memberCount: 0 });

    await createUser(t.database.db, { organisationId: organisation.id });
    await createUser(t.database.db, { organisationId: organisation.id, active: false });

    const edited = await admin.put(`/api/admin/organisations/${organisation.id}`, { name: `${name} (Évry)`, kind: 'etablissement', phone: '0596 55 20 00' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().organisation).toMatchObject({ name: `${name} (Évry)`, kind: 'etablissement', phone: '+596596552000', memberCount: 1 });

    const off = await admin.post(`/api/admin/organisations/${organisation.id}/deactivate`);
    expect(off.json().organisation.active).toBe(false);
    const activeOnly = (await admin.get('/api/admin/organisations')).json().organisations;
    expect(activeOnly.some((o: { id: string }) => o.id === organisation.id)).toBe(false);
    const all = (await admin.get('/api/admin/organisations?includeInactive=true')).json().organisations;
    expect(all.find((o: { id: string }) => o.id === organisation.id)).toMatchObject({ active: false, memberCount: 1 });

    const on = await admin.post(`/api/admin/organisations/${organisation.id}/reactivate`);
    expect(on.json().organisation.active).toBe(true);
  });

  it('refuses bad organisations with French field messages', async () => {
    const res = await admin.post('/api/admin/organisations', { name: ' ', kind: 'cabinet', phone: '12 34' });
    expect(res.statusCode).toBe(422);
    expect(res.json().fields).toEqual({ name: 'Ce champ est obligatoire.', phone: 'Numéro de téléphone invalide (10 chiffres, ex. 06 12 34 56 78).' });
    expect((await admin.post('/api/admin/organisations', { name: 'X', kind: 'hopital' })).statusCode).toBe(422);
    const missing = await admin.put(`/api/admin/organisations/${missingId}`, { name: 'X', kind: 'cabinet' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ code: 'organisations.not_found', message: 'Organisation introuvable.' });
    expect((await admin.post('/api/admin/organisations/abc/deactivate')).statusCode).toBe(422);
    expect((await admin.post(`/api/admin/organisations/${missingId}/reactivate`)).statusCode).toBe(404);
  });

  it('creates a network with members, edits it and deactivates it', async () => {
    const a = await createUser(t.database.db);
    const b = await createUser(t.database.db);
    const c = await createUser(t.database.db);
    const name = `CPTS Val d'Orge ${unique()}`;
    const created = await admin.post('/api/admin/networks', { name, memberIds: [a.id, b.id, a.id] });
    expect(created.statusCode).toBe(201);
    const { network } = created.json();
    expect(network).toEqual({ id: expect.any(String), name, kind: 'cpts', active: true, memberIds: [a.id, b.id].sort() });

    const edited = await admin.put(`/api/admin/networks/${network.id}`, { name: `${name} bis`, memberIds: [c.id, b.id] });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().network).toMatchObject({ name: `${name} bis`, memberIds: [b.id, c.id].sort() });

    // The membership shows on the user too.
    expect((await admin.get(`/api/admin/users/${c.id}`)).json().user.networkIds).toEqual([network.id]);

    expect((await admin.post(`/api/admin/networks/${network.id}/deactivate`)).json().network.active).toBe(false);
    const listed = (await admin.get('/api/admin/networks')).json().networks;
    expect(listed.find((n: { id: string }) => n.id === network.id)).toMatchObject({ active: false });
    const activeOnly = (await admin.get('/api/admin/networks?includeInactive=false')).json().networks;
    expect(activeOnly.some((n: { id: string }) => n.id === network.id)).toBe(false);
    expect((await admin.post(`/api/admin/networks/${network.id}/reactivate`)).json().network.active).toBe(true);
  });

  it('refuses unknown members and unknown networks', async () => {
    const res = await admin.post('/api/admin/networks', { name: 'CPTS', memberIds: [missingId] });
    expect(res.statusCode).toBe(422);
    expect(res.json().fields).toEqual({ memberIds: 'Membre inconnu : choisissez des utilisateurs existants.' });
    expect((await admin.post('/api/admin/networks', { name: 'CPTS', memberIds: ['pas-un-uuid'] })).statusCode).toBe(422);
    const missing = await admin.put(`/api/admin/networks/${missingId}`, { name: 'CPTS', memberIds: [] });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ code: 'networks.not_found', message: 'Réseau introuvable.' });
    expect((await admin.get('/api/admin/networks/xyz')).statusCode).toBe(404);
  });

  it('publishes the admin routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    for (const path of ['/api/admin/users', '/api/admin/users/{id}', '/api/admin/organisations', '/api/admin/networks/{id}/deactivate', '/api/admin/communes']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.paths['/api/admin/users'].post.tags).toEqual(['admin']);
  });
});
