import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.js';
import type { MessagingService } from '../messaging/service.js';
import type { AuthDeps } from './index.js';
import type { ActiveSession, AuthStores, Credentials, UserProfile } from './ports.js';
import { createSessionCache, SESSION_CACHE_MS } from './session-cache.js';
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
      touch: async (tokenHash, at, expiresAt) => {
        const s = sessions.get(tokenHash);
        if (s) sessions.set(tokenHash, { ...s, lastSeenAt: at, expiresAt });
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
  return { deps, sessions, verified, cleared, hits, lookups, advance: (ms: number) => void (now = new Date(now.getTime() + ms)) };
}

const active: Credentials = { userId: 'u1', email: 'a@b.fr', firstName: 'A', passwordHash: 'hash:secret-password', active: true };

describe('login', () => {
  it('checks an unknown identifiant against a dummy hash, and counts the failure', async () => {
    const f = fakes([active]);
    const login = createSessionUseCases(f.deps, createSessionCache()).login({ identifiant: 'nobody@b.fr', password: 'secret-password', ip: '1.2.3.4' });
    await expect(login).rejects.toMatchObject({ code: 'auth.invalid_credentials' });
    expect(f.verified).toHaveLength(1);
    expect(f.verified[0]).toMatch(/^hash:/);
    expect(f.hits).toEqual(['acct:nobody@b.fr', 'ip:1.2.3.4']);
  });

  it('refuses a deactivated account even with its password, after the same hashing work', async () => {
    const f = fakes([{ ...active, active: false }]);
    const login = createSessionUseCases(f.deps, createSessionCache()).login({ identifiant: 'a@b.fr', password: 'secret-password', ip: '1.2.3.4' });
    await expect(login).rejects.toMatchObject({ code: 'auth.invalid_credentials' });
    expect(f.verified).toHaveLength(1);
    expect(f.verified[0]).not.toBe(active.passwordHash);
  });

  it('replaces the previous session, clears the account counter but not the IP one', async () => {
    const f = fakes([active]);
    const useCases = createSessionUseCases(f.deps, createSessionCache());
    const first = await useCases.login({ identifiant: ' A@B.FR', password: 'secret-password', ip: '1.2.3.4' });
    const second = await useCases.login({ identifiant: 'a@b.fr', password: 'secret-password', ip: '1.2.3.4', previousToken: first.token });
    expect([...f.sessions.keys()]).toEqual([hashToken(second.token)]);
    expect(second.expiresAt.toISOString()).toBe('2026-03-01T22:00:00.000Z');
    expect(f.cleared).toEqual(['acct:a@b.fr', 'acct:a@b.fr']);
  });
});

describe('session lookup', () => {
  it('slides the expiry at most once a minute', async () => {
    const f = fakes([active]);
    const useCases = createSessionUseCases(f.deps, createSessionCache());
    const { token } = await useCases.login({ identifiant: 'a@b.fr', password: 'secret-password', ip: '1.2.3.4' });
    f.advance(30_000);
    expect((await useCases.resolveSession(token))?.renewedUntil).toBeNull();
    f.advance(30_000);
    expect((await useCases.resolveSession(token))?.renewedUntil?.toISOString()).toBe('2026-03-01T22:01:00.000Z');
    f.advance(13 * 3_600_000);
    expect(await useCases.resolveSession(token)).toBeNull();
    expect(await useCases.resolveSession(undefined)).toBeNull();
  });

  it('answers from the cache for SESSION_CACHE_MS, keeping it in step with touches and logout', async () => {
    const f = fakes([active]);
    const cache = createSessionCache();
    const useCases = createSessionUseCases(f.deps, cache);
    const { token } = await useCases.login({ identifiant: 'a@b.fr', password: 'secret-password', ip: '1.2.3.4' });
    f.advance(55_000);
    expect((await useCases.resolveSession(token))?.user.id).toBe('u1');
    f.advance(5_000);
    // From the cache, which still has the login time: the expiry slides, and the cache learns it.
    expect((await useCases.resolveSession(token))?.renewedUntil?.toISOString()).toBe('2026-03-01T22:01:00.000Z');
    f.advance(1_000);
    expect((await useCases.resolveSession(token))?.renewedUntil).toBeNull();
    expect(f.lookups).toHaveLength(1);
    // The entry (read at 55 s) is too old; the last touch (60 s) is not a minute old yet.
    f.advance(SESSION_CACHE_MS - 2_000);
    expect((await useCases.resolveSession(token))?.renewedUntil).toBeNull();
    expect(f.lookups).toHaveLength(2);

    await useCases.logout(token);
    expect(await useCases.resolveSession(token)).toBeNull();
    expect(f.lookups).toHaveLength(3);
  });

  it('forgets the previous session at the next login on this instance', async () => {
    const f = fakes([active]);
    const useCases = createSessionUseCases(f.deps, createSessionCache());
    const first = await useCases.login({ identifiant: 'a@b.fr', password: 'secret-password', ip: '1.2.3.4' });
    expect(await useCases.resolveSession(first.token)).not.toBeNull();
    await useCases.login({ identifiant: 'a@b.fr', password: 'secret-password', ip: '1.2.3.4', previousToken: first.token });
    expect(await useCases.resolveSession(first.token)).toBeNull();
  });
});
