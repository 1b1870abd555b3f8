import type { ActiveSession } from './ports.js';

/**
 * How long an instance answers a session from memory before asking the database again. Another instance's
 * change (logout, deactivation, new supervision…) drops the entries at once: triggers NOTIFY the user and
 * compose.ts calls `forgetUser`; when the listener's connection is lost the cache is emptied, and again once it
 * listens anew (what was notified meanwhile is lost). This bound is a last safety net; a minute covers the
 * time between a professional opening an offer and answering it.
 *
 * An entry lives between half of it and all of it, spread by its token hash (`entryLifetimeMs`): sessions cached
 * at the same moment (every professional answering one offer) then leave the cache at different moments, instead of
 * all asking the database again in one burst a minute later.
 */
export const SESSION_CACHE_MS = 60_000;

/**
 * How long the entry of `tokenHash` (hex SHA-256) is answered: SESSION_CACHE_MS/2 plus a share of the other half
 * read from the hash's first 32 bits, so always at least SESSION_CACHE_MS/2 and less than SESSION_CACHE_MS.
 */
const entryLifetimeMs = (tokenHash: string): number =>
  SESSION_CACHE_MS / 2 + Math.floor((Number.parseInt(tokenHash.slice(0, 8), 16) / 2 ** 32) * (SESSION_CACHE_MS / 2));

/** Beyond this many entries the oldest go first: memory stays bounded whatever the number of live sessions. */
export const SESSION_CACHE_MAX_ENTRIES = 5_000;

/** The resolved sessions of one app instance, keyed by token hash (hex SHA-256). */
export interface SessionCache {
  /** The cached session of a token hash, while the entry is younger than its lifetime and the session unexpired at `now`. */
  get(tokenHash: string, now: Date): ActiveSession | null;
  /** Taken before a database lookup, and handed to `set` with its answer. */
  mark(): number;
  /**
   * Caches a session the database answered, unless its user was forgotten (or the cache cleared) since
   * `mark`: the answer may then predate the change.
   */
  set(tokenHash: string, session: ActiveSession, now: Date, mark: number): void;
  /** The session's expiry slid forward (the entry keeps its age). */
  touched(tokenHash: string, lastSeenAt: Date, expiresAt: Date): void;
  delete(tokenHash: string): void;
  /** Drops every entry of a user (their sessions, profile or supervisions changed). */
  forgetUser(userId: string): void;
  /** Drops everything. */
  clear(): void;
}

interface Entry {
  readonly session: ActiveSession;
  readonly cachedAt: number;
}

export function createSessionCache(): SessionCache {
  // A Map iterates in insertion order: its first key is the oldest entry.
  const entries = new Map<string, Entry>();
  // Invalidations are numbered; a lookup's answer is cached only if no invalidation of its user came after its mark.
  let counter = 0;
  let clearedAt = 0;
  const forgottenAt = new Map<string, number>();

  return {
    get(tokenHash, now) {
      const entry = entries.get(tokenHash);
      if (!entry) return null;
      const age = now.getTime() - entry.cachedAt;
      if (age >= 0 && age < entryLifetimeMs(tokenHash) && entry.session.expiresAt > now) return entry.session;
      entries.delete(tokenHash);
      return null;
    },
    mark: () => counter,
    set(tokenHash, session, now, mark) {
      if (mark < clearedAt || (forgottenAt.get(session.profile.user.id) ?? 0) > mark) return;
      entries.delete(tokenHash);
      entries.set(tokenHash, { session, cachedAt: now.getTime() });
      for (const oldest of entries.keys()) {
        if (entries.size <= SESSION_CACHE_MAX_ENTRIES) break;
        entries.delete(oldest);
      }
    },
    touched(tokenHash, lastSeenAt, expiresAt) {
      const entry = entries.get(tokenHash);
      if (entry) entries.set(tokenHash, { ...entry, session: { ...entry.session, lastSeenAt, expiresAt } });
    },
    delete(tokenHash) {
      entries.delete(tokenHash);
    },
    forgetUser(userId) {
      for (const [tokenHash, entry] of entries) if (entry.session.profile.user.id === userId) entries.delete(tokenHash);
      forgottenAt.set(userId, ++counter);
      // Bounded too: beyond the limit, refusing every lookup in flight is as safe as remembering whom to refuse.
      if (forgottenAt.size > SESSION_CACHE_MAX_ENTRIES) {
        forgottenAt.clear();
        clearedAt = counter;
      }
    },
    clear() {
      entries.clear();
      forgottenAt.clear();
      clearedAt = ++counter;
    },
  };
}
