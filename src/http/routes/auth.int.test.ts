import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { authDb } from '../../../test/support/auth-db.js';
import { anonymousClient, loginAs } from '../../../test/support/client.js';
import { createOrganisation, createUser, TEST_PASSWORD } from '../../../test/support/factories.js';

describe('login, session and logout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('answers a signed-out session with a CSRF token and the demo accounts', async () => {
    const res = await t.app.inject('/api/session');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toBeNull();
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(body.demo).toEqual({ password: expect.any(String), accounts: expect.any(Array) });
    const anon = res.cookies.find((c) => c.name === 'declic_anon');
    expect(anon).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('logs in with an httpOnly SameSite cookie, then GET /api/session returns the user', async () => {
    const organisation = await createOrganisation(t.database.db, { kind: 'plateforme' });
    const user = await createUser(t.database.db, { organisationId: organisation.id, profession: 'medecin_generaliste' });
    const client = await anonymousClient(t.app);
    const anonymousToken = client.csrfToken;
    const res = await client.post('/api/auth/login', { identifiant: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'declic_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.value).toMatch(/^[\w-]{43}$/);
    expect(cookie?.secure).toBeFalsy();
    const expires = cookie?.expires?.getTime() ?? 0;
    expect(Math.abs(expires - Date.now() - t.config.sessionTtlHours * 3_600_000)).toBeLessThan(60_000);
    expect(res.json().csrfToken).not.toBe(anonymousToken);

    const expectedUser = {
      id: user.id,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      profession: 'medecin_generaliste',
      organisation: { id: organisation.id, name: organisation.name, kind: 'plateforme' },
      isAdmin: false,
      isSupervisor: false,
    };
    expect(res.json().user).toEqual(expectedUser);
    const session = await client.get('/api/session');
    expect(session.json()).toMatchObject({ user: expectedUser, csrfToken: res.json().csrfToken });
  });

  it('stores only a hash of the session token', async () => {
    const user = await createUser(t.database.db);
    const client = await loginAs(t.app, user.email);
    const rows = await authDb(t.database.db).sessionsOf(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.tokenHash).not.toBe(client.cookies.declic_session);
  });

  it('rotates the session token at each login; the old token stops working', async () => {
    const user = await createUser(t.database.db);
    const client = await loginAs(t.app, user.email);
    const first = client.cookies.declic_session;
    const again = await client.post('/api/auth/login', { identifiant: user.email, password: TEST_PASSWORD });
    expect(again.statusCode).toBe(200);
    const second = client.cookies.declic_session;
    expect(second).toBeDefined();
    expect(second).not.toBe(first);

    const withOld = await t.app.inject({ url: '/api/session', cookies: { declic_session: first ?? '' } });
    expect(withOld.json().user).toBeNull();
    expect(withOld.cookies.find((c) => c.name === 'declic_session')?.value).toBe('');
    expect((await client.get('/api/session')).json().user.id).toBe(user.id);
    expect(await authDb(t.database.db).sessionsOf(user.id)).toHaveLength(1);
  });

  it('logout ends the session and clears the cookie', async () => {
    const user = await createUser(t.database.db);
    const client = await loginAs(t.app, user.email);
    const token = client.cookies.declic_session ?? '';
    const res = await client.post('/api/auth/logout');
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'declic_session')?.value).toBe('');
    const replay = await t.app.inject({ url: '/api/session', cookies: { declic_session: token } });
    expect(replay.json().user).toBeNull();
    expect(await authDb(t.database.db).sessionsOf(user.id)).toHaveLength(0);
  });

  it('refuses a wrong password with a French message', async () => {
    const user = await createUser(t.database.db);
    const client = await anonymousClient(t.app);
    const res = await client.post('/api/auth/login', { identifiant: user.email, password: 'pas-le-bon-mot-de-passe' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: 'auth.invalid_credentials', message: 'Identifiant ou mot de passe incorrect.' });
    expect(res.cookies.find((c) => c.name === 'declic_session')).toBeUndefined();
  });

  it('answers an unknown identifiant exactly like a wrong password', async () => {
    const user = await createUser(t.database.db);
    const client = await anonymousClient(t.app);
    const wrong = await client.post('/api/auth/login', { identifiant: user.email, password: 'pas-le-bon-mot-de-passe' });
    const unknown = await client.post('/api/auth/login', { identifiant: 'personne-inconnue@test.declic', password: TEST_PASSWORD });
    expect(unknown.statusCode).toBe(wrong.statusCode);
    expect(unknown.body).toBe(wrong.body);
  });

  it('rejects a malformed login body with a 4xx JSON error', async () => {
    const client = await anonymousClient(t.app);
    const res = await client.post('/api/auth/login', { identifiant: 'x@test.declic' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'validation.failed', fields: { password: 'Ce champ est obligatoire.' } });
  });

  it('refuses a deactivated user at login, and ends their existing sessions', async () => {
    const user = await createUser(t.database.db);
    const client = await loginAs(t.app, user.email);
    await authDb(t.database.db).setActive(user.id, false);
    expect((await client.get('/api/session')).json().user).toBeNull();
    const other = await anonymousClient(t.app);
    const res = await other.post('/api/auth/login', { identifiant: user.email, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('auth.invalid_credentials');
  });

  it('shows supervisors and admins as such', async () => {
    const organisation = await createOrganisation(t.database.db);
    const user = await createUser(t.database.db, { profession: 'superviseur', isAdmin: true });
    await authDb(t.database.db).supervise(user.id, { organisationId: organisation.id });
    const client = await loginAs(t.app, user.email);
    const me = (await client.get('/api/session')).json().user;
    expect(me).toMatchObject({ isAdmin: true, isSupervisor: true, profession: 'superviseur', organisation: null });
  });
});

describe('slid expiries written after the requests', () => {
  let t: TestApp;
  let offsetMs = 0;
  beforeAll(async () => {
    t = await createTestApp({ overrides: { clock: { now: () => new Date(Date.now() + offsetMs) } } });
  });
  afterAll(async () => t.close());

  it('the expiries slid by several sessions together reach the database, at the latest when the instance stops', async () => {
    const users = await Promise.all([1, 2, 3].map(() => createUser(t.database.db)));
    const clients = [];
    for (const user of users) clients.push(await loginAs(t.app, user.email));
    const before = await Promise.all(users.map(async (user) => (await authDb(t.database.db).sessionsOf(user.id))[0]?.expiresAt.getTime() ?? 0));

    offsetMs += 5 * 60_000;
    const renewed = await Promise.all(clients.map(async (client) => (await client.get('/api/session')).cookies.find((c) => c.name === 'declic_session')?.expires?.getTime() ?? 0));
    for (const [i, until] of renewed.entries()) expect(until).toBeGreaterThan((before[i] ?? 0) + 4 * 60_000);
    await t.app.close();

    for (const [i, user] of users.entries()) {
      const [row] = await authDb(t.database.db).sessionsOf(user.id);
      // The cookie's expiry is whole seconds.
      expect(Math.abs((row?.expiresAt.getTime() ?? 0) - (renewed[i] ?? 0))).toBeLessThan(1_000);
    }
  });
});
