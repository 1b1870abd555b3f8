import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { authDb } from '../../../test/support/auth-db.js';
import { anonymousClient, loginAs } from '../../../test/support/client.js';
import { createUser, TEST_PASSWORD } from '../../../test/support/factories.js';

describe('CSRF protection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const csrfError = { code: 'auth.csrf', message: 'Jeton de sécurité manquant ou invalide. Rechargez la page puis réessayez.' };

  it('refuses a login without the CSRF header', async () => {
    const user = await createUser(t.database.db);
    const client = await anonymousClient(t.app);
    const res = await client.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { identifiant: user.email, password: TEST_PASSWORD },
      headers: { 'x-csrf-token': '' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual(csrfError);
  });

  it('refuses a wrong CSRF token, and a token of another browser', async () => {
    const user = await createUser(t.database.db);
    const client = await anonymousClient(t.app);
    const other = await anonymousClient(t.app);
    const body = { identifiant: user.email, password: TEST_PASSWORD };
    const wrong = await client.request({ method: 'POST', url: '/api/auth/login', payload: body, headers: { 'x-csrf-token': 'abc' } });
    expect(wrong.statusCode).toBe(403);
    const foreign = await client.request({ method: 'POST', url: '/api/auth/login', payload: body, headers: { 'x-csrf-token': other.csrfToken } });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toEqual(csrfError);
  });

  it('refuses a POST with no cookie at all, even on unknown API routes', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/nope', payload: {} });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('auth.csrf');
  });

  it('binds the token to the session: the signed-out token no longer works once signed in', async () => {
    const user = await createUser(t.database.db);
    const client = await anonymousClient(t.app);
    const anonymousToken = client.csrfToken;
    await client.post('/api/auth/login', { identifiant: user.email, password: TEST_PASSWORD });
    const res = await client.request({ method: 'POST', url: '/api/auth/logout', headers: { 'x-csrf-token': anonymousToken } });
    expect(res.statusCode).toBe(403);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
  });

  it('keeps the CSRF secret in app_settings so that every instance shares it', async () => {
    await anonymousClient(t.app);
    expect(await authDb(t.database.db).setting('csrf_secret')).toMatch(/^[\w-]{43}$/);
  });
});

describe('session expiry', () => {
  let t: TestApp;
  let offsetMs = 0;
  beforeAll(async () => {
    t = await createTestApp({ env: { SESSION_TTL_HOURS: '2' }, overrides: { clock: { now: () => new Date(Date.now() + offsetMs) } } });
  });
  afterAll(async () => t.close());

  it('slides with use, at most once a minute, and ends after the TTL without use', async () => {
    const user = await createUser(t.database.db);
    const client = await loginAs(t.app, user.email);
    const sessionCookie = (res: { cookies: { name: string; expires?: Date }[] }) => res.cookies.find((c) => c.name === 'declic_session');

    expect(sessionCookie(await client.get('/api/session'))).toBeUndefined();
    offsetMs += 90 * 60_000;
    const renewed = sessionCookie(await client.get('/api/session'));
    expect(renewed?.expires?.getTime()).toBeGreaterThan(Date.now() + offsetMs + 2 * 3_600_000 - 60_000);
    // Written after the request, within a second (this clock jumps 90 minutes in no time).
    const storedExpiry = async () => (await authDb(t.database.db).sessionsOf(user.id))[0]?.expiresAt.getTime();
    await expect.poll(storedExpiry, { timeout: 3_000, interval: 50 }).toBeGreaterThan(Date.now() + offsetMs + 2 * 3_600_000 - 60_000);
    offsetMs += 90 * 60_000;
    expect((await client.get('/api/session')).json().user?.id).toBe(user.id);

    offsetMs += 2 * 3_600_000 + 1000;
    const expired = await client.get('/api/session');
    expect(expired.json().user).toBeNull();
    expect(sessionCookie(expired)).toBeDefined();
    expect(client.cookies.declic_session).toBeUndefined();
  });
});
