import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../app/ports.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { authDb } from '../../../test/support/auth-db.js';
import { anonymousClient, type TestClient } from '../../../test/support/client.js';
import { createUser, TEST_PASSWORD } from '../../../test/support/factories.js';

/** A clock the test moves by hand. */
function manualClock(start = new Date()): Clock & { advance(ms: number): void } {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms) => void (now += ms) };
}

const MINUTE = 60_000;
const uniqueIp = () => `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join('.')}`;
const lockedBody = (minutes: number) => ({
  code: 'auth.locked',
  message: `Trop de tentatives de connexion. Réessayez dans ${minutes} minutes.`,
});

describe('login lockout', () => {
  let t: TestApp;
  const clock = manualClock();
  let client: TestClient;
  const login = (identifiant: string, password: string, ip: string) =>
    client.request({ method: 'POST', url: '/api/auth/login', payload: { identifiant, password }, remoteAddress: ip });

  beforeAll(async () => {
    t = await createTestApp({
      env: { LOGIN_MAX_FAILURES: '3', LOGIN_IP_MAX_FAILURES: '6', LOGIN_LOCK_MINUTES: '15' },
      overrides: { clock },
    });
    client = await anonymousClient(t.app);
  });
  afterAll(async () => t.close());

  it('locks an account after 3 failures, refusing even the right password', async () => {
    const user = await createUser(t.database.db);
    const ip = uniqueIp();
    expect((await login(user.email, 'mauvais-mot-de-passe', ip)).statusCode).toBe(401);
    expect((await login(user.email, 'mauvais-mot-de-passe', uniqueIp())).statusCode).toBe(401);
    const third = await login(user.email, 'mauvais-mot-de-passe', ip);
    expect(third.statusCode).toBe(429);
    expect(third.json()).toEqual(lockedBody(15));
    const right = await login(user.email, TEST_PASSWORD, uniqueIp());
    expect(right.statusCode).toBe(429);
    expect(right.json()).toEqual(lockedBody(15));
    expect(right.cookies.find((c) => c.name === 'declic_session')).toBeUndefined();
  });

  it('locks an unknown identifiant exactly the same way (no existence leak)', async () => {
    const known = await createUser(t.database.db);
    const unknown = `inconnu-${randomBytes(4).toString('hex')}@test.declic`;
    const answers = async (identifiant: string) => {
      const ip = uniqueIp();
      const out: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        const res = await login(identifiant, 'mauvais-mot-de-passe', ip);
        out.push(`${res.statusCode} ${res.body}`);
      }
      return out;
    };
    const forKnown = await answers(known.email);
    expect(forKnown.map((a) => a.slice(0, 3))).toEqual(['401', '401', '429', '429']);
    expect(await answers(unknown)).toEqual(forKnown);
  });

  it('counts the minutes left, and lifts the lock once it is over', async () => {
    const user = await createUser(t.database.db);
    for (let i = 0; i < 3; i += 1) await login(user.email, 'mauvais-mot-de-passe', uniqueIp());
    clock.advance(7.5 * MINUTE);
    expect((await login(user.email, TEST_PASSWORD, uniqueIp())).json()).toEqual(lockedBody(8));
    clock.advance(7.5 * MINUTE);
    const after = await login(user.email, TEST_PASSWORD, uniqueIp());
    expect(after.statusCode).toBe(200);
    // The counter restarted: one failure now is not a lock.
    expect((await login(user.email, 'mauvais-mot-de-passe', uniqueIp())).statusCode).toBe(401);
  });

  it('a successful login resets the account counter', async () => {
    const user = await createUser(t.database.db);
    for (let i = 0; i < 2; i += 1) expect((await login(user.email, 'mauvais-mot-de-passe', uniqueIp())).statusCode).toBe(401);
    expect((await login(user.email, TEST_PASSWORD, uniqueIp())).statusCode).toBe(200);
    for (let i = 0; i < 2; i += 1) expect((await login(user.email, 'mauvais-mot-de-passe', uniqueIp())).statusCode).toBe(401);
  });

  it('forgets failures older than the window', async () => {
    const user = await createUser(t.database.db);
    for (let i = 0; i < 2; i += 1) await login(user.email, 'mauvais-mot-de-passe', uniqueIp());
    clock.advance(16 * MINUTE);
    for (let i = 0; i < 2; i += 1) expect((await login(user.email, 'mauvais-mot-de-passe', uniqueIp())).statusCode).toBe(401);
  });

  it('locks an IP after 6 failures on any accounts; other IPs are unaffected', async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 5; i += 1) {
      expect((await login(`essai-${i}-${randomBytes(3).toString('hex')}@test.declic`, 'x', ip)).statusCode).toBe(401);
    }
    expect((await login(`essai-6-${randomBytes(3).toString('hex')}@test.declic`, 'x', ip)).statusCode).toBe(429);
    const user = await createUser(t.database.db);
    const fromLockedIp = await login(user.email, TEST_PASSWORD, ip);
    expect(fromLockedIp.statusCode).toBe(429);
    expect(fromLockedIp.json()).toEqual(lockedBody(15));
    expect((await login(user.email, TEST_PASSWORD, uniqueIp())).statusCode).toBe(200);
  });

  it('never lets concurrent attempts get more than the allowed failures', async () => {
    const identifiant = `concurrent-${randomBytes(4).toString('hex')}@test.declic`;
    const tries = Array.from({ length: 8 }, () => login(identifiant, 'mauvais-mot-de-passe', uniqueIp()));
    const statuses = (await Promise.all(tries)).map((r) => r.statusCode);
    // The first two failures answer 401; the third locks the account, whatever the interleaving.
    expect(statuses.filter((s) => s === 401)).toHaveLength(2);
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
    const row = await authDb(t.database.db).throttle(`acct:${identifiant}`);
    expect(row?.lockedUntil).not.toBeNull();
  });
});

describe('login failure counters under concurrency', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_MAX_FAILURES: '100', LOGIN_IP_MAX_FAILURES: '100' } });
  });
  afterAll(async () => t.close());

  it('counts every concurrent failure once (atomic upsert)', async () => {
    const client = await anonymousClient(t.app);
    const identifiant = `concurrent-${randomBytes(4).toString('hex')}@test.declic`;
    const ip = uniqueIp();
    const tries = Array.from({ length: 12 }, () =>
      client.request({ method: 'POST', url: '/api/auth/login', payload: { identifiant, password: 'x' }, remoteAddress: ip }),
    );
    expect((await Promise.all(tries)).map((r) => r.statusCode)).toEqual(Array(12).fill(401));
    const rows = await authDb(t.database.db).throttles();
    const counts = Object.fromEntries(rows.map((r) => [r.key, r.failures]));
    expect(counts[`acct:${identifiant}`]).toBe(12);
    expect(counts[`ip:${ip}`]).toBe(12);
  });
});
