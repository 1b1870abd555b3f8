import { describe, expect, it } from 'vitest';
import type { ActiveSession } from './ports.js';
import { createSessionCache, SESSION_CACHE_MAX_ENTRIES, SESSION_CACHE_MS } from './session-cache.js';
import { hashToken } from './tokens.js';

const t0 = new Date('2026-03-01T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
/** A token hash, as the cache is keyed (hex SHA-256). */
const h = (token: string) => hashToken(token);

function sessionOf(userId: string, expiresAt = at(3_600_000)): ActiveSession {
  return {
    lastSeenAt: t0,
    expiresAt,
    profile: {
      user: { id: userId, email: `${userId}@b.fr`, firstName: 'A', lastName: 'B', profession: 'infirmier', organisation: null, isAdmin: false, isSupervisor: false },
      actor: { userId, profession: 'infirmier', organisationId: null, isAdmin: false, supervises: { organisationIds: [], networkIds: [] } },
    },
  };
}

describe('session cache', () => {
  it('answers an entry for a lifetime read from its hash: from half of SESSION_CACHE_MS to just under all of it', () => {
    const cache = createSessionCache();
    const shortest = '0'.repeat(64);
    const longest = 'f'.repeat(64);
    cache.set(shortest, sessionOf('u1'), t0, cache.mark());
    cache.set(longest, sessionOf('u2'), t0, cache.mark());
    expect(cache.get(shortest, at(SESSION_CACHE_MS / 2 - 1))).not.toBeNull();
    expect(cache.get(shortest, at(SESSION_CACHE_MS / 2))).toBeNull();
    expect(cache.get(longest, at(SESSION_CACHE_MS - 2))).not.toBeNull();
    expect(cache.get(longest, at(SESSION_CACHE_MS - 1))).toBeNull();
  });

  it('spreads the expiry of entries cached at the same moment, each within [SESSION_CACHE_MS/2, SESSION_CACHE_MS)', () => {
    const cache = createSessionCache();
    const hashes = Array.from({ length: 200 }, (_, i) => h(`token-${i}`));
    for (const [i, hash] of hashes.entries()) cache.set(hash, sessionOf(`u${i}`), t0, cache.mark());
    // Each entry's lifetime: the first moment (in steps of 100 ms) at which it is no longer answered.
    const lifetimes = hashes.map((hash) => {
      let ms = 0;
      while (cache.get(hash, at(ms))) ms += 100;
      return ms;
    });
    expect(Math.min(...lifetimes)).toBeGreaterThanOrEqual(SESSION_CACHE_MS / 2);
    expect(Math.max(...lifetimes)).toBeLessThanOrEqual(SESSION_CACHE_MS);
    // Spread over the whole range, not a few moments.
    expect(new Set(lifetimes).size).toBeGreaterThan(100);
    expect(Math.min(...lifetimes)).toBeLessThan(SESSION_CACHE_MS * 0.55);
    expect(Math.max(...lifetimes)).toBeGreaterThan(SESSION_CACHE_MS * 0.95);
  });

  it('does not answer a session expired at now, nor an entry from the future (clock set back)', () => {
    const cache = createSessionCache();
    cache.set(h('h1'), sessionOf('u1', at(5_000)), t0, cache.mark());
    expect(cache.get(h('h1'), at(4_999))).not.toBeNull();
    expect(cache.get(h('h1'), at(5_000))).toBeNull();
    cache.set(h('h2'), sessionOf('u2'), t0, cache.mark());
    expect(cache.get(h('h2'), at(-1))).toBeNull();
  });

  it('keeps the slid expiry of a touched session, and its age', () => {
    const cache = createSessionCache();
    cache.set(h('h1'), sessionOf('u1', at(5_000)), t0, cache.mark());
    cache.touched(h('h1'), at(1_000), at(9_000));
    expect(cache.get(h('h1'), at(6_000))).toMatchObject({ lastSeenAt: at(1_000), expiresAt: at(9_000) });
    expect(cache.get(h('h1'), at(SESSION_CACHE_MS))).toBeNull();
  });

  it('evicts the oldest entries beyond SESSION_CACHE_MAX_ENTRIES', () => {
    const cache = createSessionCache();
    for (let i = 0; i <= SESSION_CACHE_MAX_ENTRIES; i++) cache.set(h(`h${i}`), sessionOf(`u${i}`), t0, cache.mark());
    expect(cache.get(h('h0'), t0)).toBeNull();
    expect(cache.get(h('h1'), t0)).not.toBeNull();
    expect(cache.get(h(`h${SESSION_CACHE_MAX_ENTRIES}`), t0)).not.toBeNull();
  });

  it('forgets every entry of a user, and only theirs; clear forgets all', () => {
    const cache = createSessionCache();
    cache.set(h('a1'), sessionOf('a'), t0, cache.mark());
    cache.set(h('a2'), sessionOf('a'), t0, cache.mark());
    cache.set(h('b1'), sessionOf('b'), t0, cache.mark());
    cache.forgetUser('a');
    expect(cache.get(h('a1'), t0)).toBeNull();
    expect(cache.get(h('a2'), t0)).toBeNull();
    expect(cache.get(h('b1'), t0)).not.toBeNull();
    cache.clear();
    expect(cache.get(h('b1'), t0)).toBeNull();
  });

  it('drops one entry on delete', () => {
    const cache = createSessionCache();
    cache.set(h('a1'), sessionOf('a'), t0, cache.mark());
    cache.set(h('a2'), sessionOf('a'), t0, cache.mark());
    cache.delete(h('a1'));
    expect(cache.get(h('a1'), t0)).toBeNull();
    expect(cache.get(h('a2'), t0)).not.toBeNull();
  });

  it('refuses an answer looked up before its user was forgotten or the cache cleared (it may predate the change)', () => {
    const cache = createSessionCache();
    const beforeForget = cache.mark();
    cache.forgetUser('a');
    cache.set(h('a1'), sessionOf('a'), t0, beforeForget);
    cache.set(h('b1'), sessionOf('b'), t0, beforeForget);
    expect(cache.get(h('a1'), t0)).toBeNull();
    expect(cache.get(h('b1'), t0)).not.toBeNull();
    cache.set(h('a1'), sessionOf('a'), t0, cache.mark());
    expect(cache.get(h('a1'), t0)).not.toBeNull();

    const beforeClear = cache.mark();
    cache.clear();
    cache.set(h('b2'), sessionOf('b'), t0, beforeClear);
    expect(cache.get(h('b2'), t0)).toBeNull();
  });

  it('still refuses answers in flight once it has forgotten too many users to remember them one by one', () => {
    const cache = createSessionCache();
    const before = cache.mark();
    for (let i = 0; i <= SESSION_CACHE_MAX_ENTRIES; i++) cache.forgetUser(`u${i}`);
    cache.set(h('z1'), sessionOf('z'), t0, before);
    expect(cache.get(h('z1'), t0)).toBeNull();
    cache.set(h('z1'), sessionOf('z'), t0, cache.mark());
    expect(cache.get(h('z1'), t0)).not.toBeNull();
  });
});
