import { describe, expect, it } from 'vitest';
import type { ActiveSession } from './ports.js';
import { createSessionCache, SESSION_CACHE_MAX_ENTRIES, SESSION_CACHE_MS } from './session-cache.js';

const t0 = new Date('2026-03-01T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

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
  it('answers an entry for SESSION_CACHE_MS, not after', () => {
    const cache = createSessionCache();
    const session = sessionOf('u1');
    cache.set('h1', session, t0, cache.mark());
    expect(cache.get('h1', at(SESSION_CACHE_MS - 1))).toBe(session);
    expect(cache.get('h1', at(SESSION_CACHE_MS))).toBeNull();
  });

  it('does not answer a session expired at now, nor an entry from the future (clock set back)', () => {
    const cache = createSessionCache();
    cache.set('h1', sessionOf('u1', at(5_000)), t0, cache.mark());
    expect(cache.get('h1', at(4_999))).not.toBeNull();
    expect(cache.get('h1', at(5_000))).toBeNull();
    cache.set('h2', sessionOf('u2'), t0, cache.mark());
    expect(cache.get('h2', at(-1))).toBeNull();
  });

  it('keeps the slid expiry of a touched session, and its age', () => {
    const cache = createSessionCache();
    cache.set('h1', sessionOf('u1', at(5_000)), t0, cache.mark());
    cache.touched('h1', at(1_000), at(9_000));
    expect(cache.get('h1', at(6_000))).toMatchObject({ lastSeenAt: at(1_000), expiresAt: at(9_000) });
    expect(cache.get('h1', at(SESSION_CACHE_MS))).toBeNull();
  });

  it('evicts the oldest entries beyond SESSION_CACHE_MAX_ENTRIES', () => {
    const cache = createSessionCache();
    for (let i = 0; i <= SESSION_CACHE_MAX_ENTRIES; i++) cache.set(`h${i}`, sessionOf(`u${i}`), t0, cache.mark());
    expect(cache.get('h0', t0)).toBeNull();
    expect(cache.get('h1', t0)).not.toBeNull();
    expect(cache.get(`h${SESSION_CACHE_MAX_ENTRIES}`, t0)).not.toBeNull();
  });

  it('forgets every entry of a user, and only theirs; clear forgets all', () => {
    const cache = createSessionCache();
    cache.set('a1', sessionOf('a'), t0, cache.mark());
    cache.set('a2', sessionOf('a'), t0, cache.mark());
    cache.set('b1', sessionOf('b'), t0, cache.mark());
    cache.forgetUser('a');
    expect(cache.get('a1', t0)).toBeNull();
    expect(cache.get('a2', t0)).toBeNull();
    expect(cache.get('b1', t0)).not.toBeNull();
    cache.clear();
    expect(cache.get('b1', t0)).toBeNull();
  });

  it('drops one entry on delete', () => {
    const cache = createSessionCache();
    cache.set('a1', sessionOf('a'), t0, cache.mark());
    cache.set('a2', sessionOf('a'), t0, cache.mark());
    cache.delete('a1');
    expect(cache.get('a1', t0)).toBeNull();
    expect(cache.get('a2', t0)).not.toBeNull();
  });

  it('refuses an answer looked up before its user was forgotten or the cache cleared (it may predate the change)', () => {
    const cache = createSessionCache();
    const beforeForget = cache.mark();
    cache.forgetUser('a');
    cache.set('a1', sessionOf('a'), t0, beforeForget);
    cache.set('b1', sessionOf('b'), t0, beforeForget);
    expect(cache.get('a1', t0)).toBeNull();
    expect(cache.get('b1', t0)).not.toBeNull();
    cache.set('a1', sessionOf('a'), t0, cache.mark());
    expect(cache.get('a1', t0)).not.toBeNull();

    const beforeClear = cache.mark();
    cache.clear();
    cache.set('b2', sessionOf('b'), t0, beforeClear);
    expect(cache.get('b2', t0)).toBeNull();
  });

  it('still refuses answers in flight once it has forgotten too many users to remember them one by one', () => {
    const cache = createSessionCache();
    const before = cache.mark();
    for (let i = 0; i <= SESSION_CACHE_MAX_ENTRIES; i++) cache.forgetUser(`u${i}`);
    cache.set('z1', sessionOf('z'), t0, before);
    expect(cache.get('z1', t0)).toBeNull();
    cache.set('z1', sessionOf('z'), t0, cache.mark());
    expect(cache.get('z1', t0)).not.toBeNull();
  });
});
