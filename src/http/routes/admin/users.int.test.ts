import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { anonymousClient, loginAs, type TestClient } from '../../../../test/support/client.js';
import { insertCommunes } from '../../../../test/support/communes.js';
import { createOrganisation, createUser } from '../../../../test/support/factories.js';
import { randomBytes } from 'node:crypto';

const unique = () => randomBytes(4).toString('hex');

/** A valid RPPS (11 digits, Luhn) that no other test uses. */
function freshRpps(): string {
  const body = `10${String(randomBytes(4).readUInt32BE(0) % 100_000_000).padStart(8, '0')}`;
  for (let key = 0; key < 10; key++) {
    const candidate = body + key;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let d = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

describe('admin API — users', () => {
  let t: TestApp;
  let admin: TestClient;
  let adminId: string;
  let organisationId: string;

  const validUser = (overrides: Record<string, unknown> = {}) => ({
    email: `Infirmiere.${unique()}@Exemple.FR`,
    firstName: 'Élodie',
    lastName: `Lefèvre-${unique()}`,
    profession: 'infirmier',
    rpps: freshRpps(),
    mobilePhone: '06 12 34 56 78',
    organisationId,
    isAdmin: false,
    practice: { address: '12 rue des Tilleuls', inseeCode: '91228' },
    serviceRadiusKm: 12,
    careActs: ['pansement', 'injection'],
    careModes: ['visite', 'conseil'],
    workingHours: [
      { weekday: 2, start: '14:00', end: '19:00' },
      { weekday: 1, start: '08:00', end: '12:00' },
    ],
    absences: [{ startsOn: '2026-07-01', endsOn: '2026-07-15', reason: 'Congés' }],
    networkIds: [],
    supervises: { organisationIds: [], networkIds: [] },
    password: 'mot-de-passe-initial',
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    await insertCommunes(db, [
      { inseeCode: '91228', name: 'Évry-Courcouronnes', postcodes: ['91000', '91080'], lat: 48.6243, lng: 2.4297 },
      { inseeCode: '91174', name: 'Corbeil-Essonnes', postcodes: ['91100'], lat: 48.6139, lng: 2.482 },
    ]);
    organisationId = (await createOrganisation(db, { name: `Cabinet ${unique()}` })).id;
    const user = await createUser(db, { email: `admin-${unique()}@test.declic`, isAdmin: true, profession: 'superviseur' });
    adminId = user.id;
    admin = await loginAs(t.app, user.email);
  });
  afterAll(async () => t.close());

  it('refuses anonymous callers (401) and non-admins (403)', async () => {
    const anonymous = await anonymousClient(t.app);
    const res = await anonymous.get('/api/admin/users');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'auth.unauthenticated', message: expect.stringContaining('connecter') });
    expect((await anonymous.post('/api/admin/users', { nonsense: true })).statusCode).toBe(401);

    const nurse = await createUser(t.database.db, { email: `nurse-${unique()}@test.declic` });
    const client = await loginAs(t.app, nurse.email);
    for (const call of [
      () => client.get('/api/admin/users'),
      () => client.get(`/api/admin/users/${nurse.id}`),
      () => client.post('/api/admin/users', validUser()),
      () => client.post(`/api/admin/users/${nurse.id}/deactivate`),
      () => client.get('/api/admin/organisations'),
      () => client.get('/api/admin/networks'),
      () => client.get('/api/admin/communes?q=evry'),
    ]) {
      const r = await call();
      expect(r.statusCode).toBe(403);
      expect(r.json().code).toBe('auth.forbidden');
    }
  });

  it('creates a user with every field and reads it back', async () => {
    const input = validUser({ practice: { address: '12 rue des Tilleuls', inseeCode: '91228', postcode: '91080' } });
    const res = await admin.post('/api/admin/users', input);
    expect(res.statusCode).toBe(201);
    const { user } = res.json();
    expect(user).toMatchObject({
      email: input.email.toLowerCase(),
      firstName: 'Élodie',
      lastName: input.lastName,
      profession: 'infirmier',
      rpps: input.rpps,
      adeli: null,
      mobilePhone: '+33612345678',
      organisationId,
      organisation: { id: organisationId },
      isAdmin: false,
      isSupervisor: false,
      active: true,
      city: 'Évry-Courcouronnes',
      practice: { address: '12 rue des Tilleuls', inseeCode: '91228', postcode: '91080', city: 'Évry-Courcouronnes', lat: 48.6243, lng: 2.4297 },
      serviceRadiusKm: 12,
      careActs: ['pansement', 'injection'],
      careModes: ['visite', 'conseil'],
      workingHours: [
        { weekday: 1, start: '08:00', end: '12:00' },
        { weekday: 2, start: '14:00', end: '19:00' },
      ],
      absences: [{ startsOn: '2026-07-01', endsOn: '2026-07-15', reason: 'Congés', id: expect.any(String) }],
      supervises: { organisationIds: [], networkIds: [] },
      networkIds: [],
    });
    expect(user).not.toHaveProperty('passwordHash');
    const again = await admin.get(`/api/admin/users/${user.id}`);
    expect(again.statusCode).toBe(200);
    expect(again.json().user).toEqual(user);

    // The initial password works.
    await expect(loginAs(t.app, input.email, input.password)).resolves.toBeDefined();
  });

  it('edits a user: replaces hours, absences, memberships and supervisions, and can set a new password', async () => {
    const created = (await admin.post('/api/admin/users', validUser())).json().user;
    const network = (await admin.post('/api/admin/networks', { name: `CPTS ${unique()}`, memberIds: [] })).json().network;
    const update = validUser({
      email: created.email,
      rpps: null,
      adeli: '756012340',
      profession: 'infirmier',
      mobilePhone: '0696 12 34 56',
      practice: { address: '1 place du Marché', inseeCode: '91174', lat: 48.61, lng: 2.48 },
      workingHours: [{ weekday: 6, start: '09:00', end: '12:00' }],
      absences: [],
      networkIds: [network.id],
      supervises: { organisationIds: [organisationId], networkIds: [network.id] },
      password: 'un-tout-nouveau-secret',
    });
    const res = await admin.put(`/api/admin/users/${created.id}`, update);
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({
      rpps: null,
      adeli: '756012340',
      mobilePhone: '+596696123456',
      practice: { address: '1 place du Marché', inseeCode: '91174', postcode: '91100', city: 'Corbeil-Essonnes', lat: 48.61, lng: 2.48 },
      workingHours: [{ weekday: 6, start: '09:00', end: '12:00' }],
      absences: [],
      networkIds: [network.id],
      supervises: { organisationIds: [organisationId], networkIds: [network.id] },
      isSupervisor: true,
    });
    await expect(loginAs(t.app, created.email, 'un-tout-nouveau-secret')).resolves.toBeDefined();

    // Without a password the old one stays.
    const keep = await admin.put(`/api/admin/users/${created.id}`, { ...update, password: undefined, practice: null });
    expect(keep.statusCode).toBe(200);
    expect(keep.json().user.practice).toBeNull();
    expect(keep.json().user.city).toBeNull();
    await expect(loginAs(t.app, created.email, 'un-tout-nouveau-secret')).resolves.toBeDefined();

    const networks = (await admin.get('/api/admin/networks')).json().networks;
    expect(networks.find((n: { id: string }) => n.id === network.id).memberIds).toEqual([created.id]);
  });

  it('refuses invalid fields with French messages (422)', async () => {
    const res = await admin.post(
      '/api/admin/users',
      validUser({
        rpps: '10123456782',
        mobilePhone: '01 60 12 34 56',
        careActs: ['kine_respiratoire'],
        workingHours: [{ weekday: 1, start: '18:00', end: '08:00' }],
        absences: [{ startsOn: '2026-07-15', endsOn: '2026-07-01' }],
        practice: { address: '1 rue', inseeCode: '99999' },
        serviceRadiusKm: 500,
        password: 'court',
      }),
    );
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe('validation.failed');
    expect(body.fields).toEqual({
      rpps: 'Numéro RPPS invalide : 11 chiffres avec une clé de contrôle correcte.',
      mobilePhone: 'Ce numéro n’est pas un numéro de mobile.',
      careActs: 'Soin inconnu pour cette profession.',
      workingHours: 'Horaires invalides : l’heure de fin doit suivre l’heure de début.',
      absences: 'Absence invalide : la date de fin doit suivre la date de début.',
      serviceRadiusKm: 'Le rayon d’intervention doit être compris entre 1 et 200 km.',
      password: 'Le mot de passe doit contenir au moins 12 caractères.',
    });

    const noId = await admin.post('/api/admin/users', validUser({ rpps: null, mobilePhone: 'zéro six' }));
    expect(noId.statusCode).toBe(422);
    expect(noId.json().fields).toEqual({
      rpps: 'Un numéro RPPS ou ADELI est obligatoire pour un professionnel de santé.',
      mobilePhone: 'Numéro de téléphone invalide (10 chiffres, ex. 06 12 34 56 78).',
    });

    const commune = await admin.post('/api/admin/users', validUser({ practice: { address: '1 rue', inseeCode: '99999' } }));
    expect(commune.statusCode).toBe(422);
    expect(commune.json().fields).toEqual({ 'practice.inseeCode': 'Commune inconnue : choisissez-la dans la liste.' });

    const schema = await admin.post('/api/admin/users', { ...validUser(), profession: 'astronaute', workingHours: 'lundi' });
    expect(schema.statusCode).toBe(422);
    expect(schema.json()).toMatchObject({ code: 'validation.failed', message: expect.any(String), fields: expect.objectContaining({ profession: 'Valeur invalide.' }) });
  });

  it('refuses unknown organisations and networks (422)', async () => {
    const missing = '2b1f6a3e-8a5e-4f1e-9a51-0c7b6f2d9e11';
    const org = await admin.post('/api/admin/users', validUser({ organisationId: missing }));
    expect(org.statusCode).toBe(422);
    expect(org.json()).toMatchObject({ code: 'accounts.organisation_not_found', message: 'Organisation introuvable.' });
    const network = await admin.post('/api/admin/users', validUser({ networkIds: [missing] }));
    expect(network.statusCode).toBe(422);
    expect(network.json().code).toBe('accounts.network_not_found');
  });

  it('refuses a duplicate e-mail, RPPS or ADELI (409), whatever the case of the e-mail', async () => {
    const first = validUser({ rpps: null, adeli: '759124159' });
    expect((await admin.post('/api/admin/users', first)).statusCode).toBe(201);
    const email = await admin.post('/api/admin/users', validUser({ email: first.email.toUpperCase() }));
    expect(email.statusCode).toBe(409);
    expect(email.json()).toEqual({ code: 'accounts.email_taken', message: 'Cet identifiant est déjà utilisé par un autre compte.' });
    const adeli = await admin.post('/api/admin/users', validUser({ rpps: null, adeli: '759124159' }));
    expect(adeli.statusCode).toBe(409);
    expect(adeli.json().code).toBe('accounts.adeli_taken');
    const rppsUser = validUser();
    expect((await admin.post('/api/admin/users', rppsUser)).statusCode).toBe(201);
    const rpps = await admin.post('/api/admin/users', validUser({ rpps: rppsUser.rpps }));
    expect(rpps.statusCode).toBe(409);
    expect(rpps.json().code).toBe('accounts.rpps_taken');
  });

  it('turns concurrent creations of one e-mail into one 201 and 409s', async () => {
    const input = validUser({ rpps: null, adeli: null, profession: 'tiers_de_confiance', careActs: [], careModes: [] });
    const results = await Promise.all([1, 2, 3].map(() => admin.post('/api/admin/users', input)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
  });

  it('deactivates and reactivates a user; a deactivated user cannot sign in', async () => {
    const input = validUser();
    const { user } = (await admin.post('/api/admin/users', input)).json();
    const signedIn = await loginAs(t.app, input.email, input.password);
    const off = await admin.post(`/api/admin/users/${user.id}/deactivate`);
    expect(off.statusCode).toBe(200);
    expect(off.json().user.active).toBe(false);
    await expect(loginAs(t.app, input.email, input.password)).rejects.toThrow();
    expect((await signedIn.get('/api/session')).json().user).toBeNull();

    const listed = (await admin.get(`/api/admin/users?q=${encodeURIComponent(input.lastName)}`)).json().users;
    expect(listed).toEqual([]);
    const withInactive = (await admin.get(`/api/admin/users?includeInactive=true&q=${encodeURIComponent(input.lastName)}`)).json().users;
    expect(withInactive).toHaveLength(1);

    const on = await admin.post(`/api/admin/users/${user.id}/reactivate`);
    expect(on.json().user.active).toBe(true);
    await expect(loginAs(t.app, input.email, input.password)).resolves.toBeDefined();
  });

  it('does not let an admin lock themselves out', async () => {
    const self = await admin.post(`/api/admin/users/${adminId}/deactivate`);
    expect(self.statusCode).toBe(409);
    expect(self.json().code).toBe('accounts.self_lockout');
  });

  it('lists users sorted by last name, filtered accent-insensitively', async () => {
    const tag = unique();
    for (const lastName of [`Zola${tag}`, `Émile${tag}`, `Bérénice${tag}`]) {
      expect((await admin.post('/api/admin/users', validUser({ lastName }))).statusCode).toBe(201);
    }
    const res = await admin.get(`/api/admin/users?q=${encodeURIComponent(`BERENICE${tag}`)}`);
    expect(res.json().users.map((u: { lastName: string }) => u.lastName)).toEqual([`Bérénice${tag}`]);
    const all = (await admin.get(`/api/admin/users?q=${tag}`)).json().users;
    expect(all.map((u: { lastName: string }) => u.lastName)).toEqual([`Bérénice${tag}`, `Émile${tag}`, `Zola${tag}`]);
    expect(all[0]).toEqual({
      id: expect.any(String),
      email: expect.any(String),
      firstName: 'Élodie',
      lastName: `Bérénice${tag}`,
      profession: 'infirmier',
      organisation: { id: organisationId, name: expect.any(String) },
      isAdmin: false,
      isSupervisor: false,
      active: true,
      city: 'Évry-Courcouronnes',
    });
    // LIKE wildcards are literal
    expect((await admin.get('/api/admin/users?q=%25')).json().users).toEqual([]);
  });

  it('answers bad ids and unknown users with 4xx, never 500', async () => {
    expect((await admin.get('/api/admin/users/not-a-uuid')).statusCode).toBe(422);
    expect((await admin.put('/api/admin/users/123', validUser())).statusCode).toBe(422);
    expect((await admin.post('/api/admin/users/%27;drop/deactivate')).statusCode).toBe(422);
    const missing = await admin.get('/api/admin/users/2b1f6a3e-8a5e-4f1e-9a51-0c7b6f2d9e11');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ code: 'accounts.not_found', message: 'Utilisateur introuvable.' });
    expect((await admin.put('/api/admin/users/2b1f6a3e-8a5e-4f1e-9a51-0c7b6f2d9e11', validUser())).statusCode).toBe(404);
    expect((await admin.get('/api/admin/users?includeInactive=maybe')).statusCode).toBe(422);
    expect((await admin.post('/api/admin/users', 'not json')).statusCode).toBeLessThan(500);
  });

  it('logs no personal data', async () => {
    const input = validUser({ lastName: `Confidentiel${unique()}` });
    await admin.post('/api/admin/users', input);
    await admin.post('/api/admin/users', { ...input, email: 'pas-un-email' });
    await admin.get(`/api/admin/users?q=${encodeURIComponent(input.lastName)}`);
    const logs = t.logs.join('\n');
    expect(logs).not.toContain(input.lastName);
    expect(logs).not.toContain(input.email.toLowerCase());
    expect(logs).not.toContain('mot-de-passe-initial');
  });
});
