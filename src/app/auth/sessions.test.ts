import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.js';
import type { MessagingService } from '../messaging/service.js';
import type { AuthDeps } from './index.js';
import type { ActiveSession, AuthStores, Credentials, SessionTouch, UserProfile } from './ports.js';
import { createSessionCache, SESSION_CACHE_MS } from './session-cache.js';
import { createSessionTouches } from './session-touches.js';
import { createSessionUseCases } from './sessions.js';
import { hashToken } from './tokens.js';

const profile: UserProfile = {
  user: { id: 'u1', email: 'a@b.fr', firstName: 'A', lastName: 'B', profession: 'infirmier', organisation: null, isAdmin: false, isSupervisor: false },
  actor: { userId: 'u1', profession: 'infirmier', organisationId: null, isAdmin: false, supervises: { organisationIds: [], networkIds: [] } },
};

/** In-memory ports, recording what the use cases do. */
function fakes(accounts: Credentials[]) {
  let now = new Date('2026-03-01T10:00:00Z');
  const verified: string[] = [];
  const sessions = new Map<string, { userId: string; lastSeenAt: Date; expiresAt: Date }>();
  const cleared: string[] = [];
  const hits: string[] = [];
  const lookups: string[] = [];
  // Each touchMany call; while `blocked`, calls never answer (a stuck database).
  const writes: SessionTouch[][] = [];
  let blocked = false;
  const stores: AuthStores = {
    credentials: {
      findByIdentifiant: async (id) => accounts.find((a) => a.email === id) ?? null,
      loadProfile: async () => profile,
      setPasswordHash: async () => null,
    },
    sessions: {
      create: async ({ tokenHash, userId, now: at, expiresAt }) => void sessions.set(tokenHash, { userId, lastSeenAt: at, expiresAt }),
      findActive: async (tokenHash, at): Promise<ActiveSession | null> => {
        lookups.push(tokenHash);
        const s = sessions.get(tokenHash);
        return s && s.expiresAt > at ? { ...s, profile } : null;
      },
      touchMany: async (touches) => {
        writes.push([...touches]);
        if (blocked) return new Promise<void>(() => undefined);
        for (const { tokenHash, lastSeenAt, expiresAt } of touches) {
          const s = sessions.get(tokenHash);
          if (s) sessions.set(tokenHash, { ...s, lastSeenAt, expiresAt });
        }
      },
      delete: async (tokenHash) => void sessions.delete(tokenHash),
      deleteForUser: async () => undefined,
      deleteExpiredForUser: async () => undefined,
    },
    throttles: {
      lockedUntil: async () => null,
      hit: async (key) => {
        hits.push(key);
        return { count: 1, lockedUntil: null };
      },
      clear: async (key) => void cleared.push(key),
    },
    resetTokens: { create: async () => undefined, consume: async () => null, revokeForUser: async () => undefined },
  };
  const deps: AuthDeps = {
    stores,
    transactor: { run: (work) => work(stores) },
    hasher: {
      hash: async (p) => `hash:${p}`,
      verify: async (hash, p) => {
        verified.push(hash);
        return hash === `hash:${p}`;
      },
    },
    settings: { getOrCreate: async (_k, v) => v },
    clock: { now: () => now },
    messaging: {} as MessagingService,
    config: loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', SESSION_TTL_HOURS: '12' }),
  };
  // The flush timer, run by hand.
  const timers: (() => void)[] = [];
  const touches = createSessionTouches(stores.sessions, () => undefined, (run) => {
    timers.push(run);
    return () => undefined;
  });
  return {
    deps,
    touches,
    sessions,
    verified,
    cleared,
    hits,
    lookups,
    writes,
    timers,
    block: () => void (blocked = true),
    advance: (ms: number) => void (now = new Date(now.getTime() + ms)),
  };
}

const active: Credentials = { userId: 'u1', email: 'a@b.fr', firstName: 'A', passwordHash: 'hash:secret-password', active: true };

describe('login', () => {
  it('checks an unknown identifiant against a dummy hash, and counts the failure', async () => {
    const f = fakes([active]);
    const login = createSessionUseCases(f.deps, createSessionCache(), f.touches).login({ identifiant: 'nobody@b.fr', password: 'secret-password', ip: '1.2.3.4' });
    await expect(login).rejects.toMatchObject({ code: 'auth.invalid_credentials' });
    expect(f.verified).toHaveLength(1);
    expect(f.verified[0]).toMatch(/^hash:/);
    expect(f.hits).toEqual(['acct:nobody@b.fr', 'ip:1.2.3.4']);
  });

  it('refuses a deactivated account even with its password, after the same hashing work', async () => {
    const f = fakes([{ ...active, active: false }]);
    const login = createSessionUseCases(f.deps, createSessionCache(), f.touches).login({ identifiant: 'a@b.fr', password: 'secret-password', ip: '1.2.3.4' });
    await expect(login).rejects.toMatchObject({ code: 'auth.invalid_credentials' });
    expect(f.verified).toHaveLength(1);
    expect(f.verified[0]).not.toBe(active.passwordHash);
  });

  it('replaces the previous session, clears the account counter but not the IP one', async () => {
    const f = fakes([active]);
    const useCases = createSessionUseCases(f.deps, createSessionCache(), f.touches);
    const first = await useCases.login({ identifiant: ' A@B.FR', password: 'secret-password', ip: '1.2.3.4' });
    const second = await useCases.login({ identifiant: 'a@b.fr', password: 'secret-password', ip: '1.2.3.4', previousToken: first.token });
    expect([...f.sessions.keys()]).toEqual([hashToken(second.token)]);
    expect(second.expiresAt.toISOString()).toBe('2026-03-01T22:00:00.000Z');
    expect(f.cleared).toEqual(['acct:a@b.fr', 'acct:a@b.fr']);
  });
});

describe('session lookup', () => {
  it('slides the expiry at most once a minute, queued during the request and written after it', async () => {
    const f = fakes([active]);
    const useCases = createSessionUseCases(f.deps, createSessionCache(), f.touches);
    const { token } = await useCases.login({ identifiant: 'a@b.fr', password: 'secret-password', ip: '1.2.3.4' });
    f.advance(30_000);
    expect((await useCases.resolveSession(token))?.renewedUntil).toBeNull();
    expect(f.timers).toHaveLength(0);
    f.advance(30_000);
    expect((await useCases.resolveSession(token))?.renewedUntil?.toISOString()).toBe('2026-03-01T22:01:00.000Z');
    expect(f.writes).toEqual([]);
    expect(f.sessions.get(hashToken(token))?.expiresAt.toISOString()).toBe('2026-03-01T22:00:00.000Z');
    // The flush timer, started by the touch, writes it.
    expect(f.timers).toHaveLength(1);
    f.timers[0]?.();
    await f.touches.flush();
    expect(f.writes).toEqual([[{ tokenHash: hashToken(token), lastSeenAt: new Date('2026-03-01T10:01:00Z'), expiresAt: new Date('2026-03-01T22:01:00Z') }]]);
    expect(f.sessions.get(hashToken(token))?.expiresAt.toISOString()).toBe('2026-03-01T22:01:00.000Z');
    f.advance(13 * 3_600_000);
    expect(await useCases.resolveSession(token)).toBeNull();
    expect(await useCases.resolveSession(undefined)).toBeNull();
  });

  it('answers without waiting for the database to write its touch', async () => {
    const f = fakes([active]);
    const useCases = createSessionUseCases(f.deps, createSessionCache(), f.touches);
    const { token } = await useCases.login({ identifiant: 'a@b.fr', password: 'secret-password', ip: '1.2.3.4' });
    f.block();
    f.advance(60_000);
    expect((await useCases.resolveSession(token))?.renewedUntil?.toISOString()).toBe('2026-03-01T22:01:00.000Z');
    f.timers[0]?.();
    await new Promise((resolve) => setImmediate(resolve));
    expect(f.writes).toHaveLength(1);
    // That write never ends; the next due touch still answers at once.
    f.advance(SESSION_CACHE_MS);
    expect((await useCases.resolveSession(token))?.renewedUntil?.toISOString()).toBe('2026-03-01T22:02:00.000Z');
  });

  it('writes the touches due in many requests with one store call', async () => {
    const f = fakes([active]);
    const useCases = createSessionUseCases(f.deps, createSessionCache(), f.touches);
    const tokens: string[] = [];
    for (let i = 0; i < 3; i++) tokens.push((await useCases.login({ identifiant: 'a@b.fr', password: 'secret-password', ip: '1.2.3.4' })).token);
    f.advance(60_000);
    const resolved = await Promise.all(tokens.map((token) => useCases.resolveSession(token)));
    expect(resolved.map((session) => session?.renewedUntil?.toISOString())).toEqual(Array(3).fill('2026-03-01T22:01:00.000Z'));
    expect(f.timers).toHaveLength(1);
    f.timers[0]?.();
    await f.touches.flush();
    expect(f.writes).toHaveLength(1);
    expect(f.writes[0]?.map((touch) => touch.tokenHash).sort()).toEqual(tokens.map(hashToken).sort());
  });

  it('answers from the cache for at most SESSION_CACHE_MS, keeping it in step with touches and logout', async () => {
    const f = fakes([active]);
    const cache = createSessionCache();
    const useCases = createSessionUseCases(f.deps, cache, f.touches);
    const { token } = await useCases.login({ identifiant: 'a@b.fr', password: 'secret-password', ip: '1.2.3.4' });
    f.advance(55_000);
    expect((await useCases.resolveSession(token))?.user.id).toBe('u1');
    f.advance(5_000);
    // From the cache, which still has the login time: the expiry slides, and the cache learns it.
    expect((await useCases.resolveSession(token))?.renewedUntil?.toISOString()).toBe('2026-03-01T22:01:00.000Z');
    f.advance(1_000);
    expect((await useCases.resolveSession(token))?.renewedUntil).toBeNull();
    expect(f.lookups).toHaveLength(1);
    await f.touches.flush();
    // The entry (read at 55 s) is too old; the last touch (60 s, written since) is not a minute old yet.
    f.advance(SESSION_CACHE_MS - 2_000);
    expect((await useCases.resolveSession(token))?.renewedUntil).toBeNull();
    expect(f.lookups).toHaveLength(2);

    await useCases.logout(token);
    expect(await useCases.resolveSession(token)).toBeNull();
    expect(f.lookups).toHaveLength(3);
  });

  it('forgets the previous session at the next login on this instance', async () => {
    const f = fakes([active]);
    const useCases = createSessionUseCases(f.deps, createSessionCache(), f.touches);
    const first = await useCases.login({ identifiant: 'a@b.fr', password: 'secret-password', ip: '1.2.3.4' });
    expect(await useCases.resolveSession(first.token)).not.toBeNull();
    await useCases.login({ identifiant: 'a@b.fr', password: 'secret-password', ip: '1.2.3.4', previousToken: first.token });
    expect(await useCases.resolveSession(first.token)).toBeNull();
  });
});
