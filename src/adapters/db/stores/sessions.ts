import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { SessionStore, SessionTouch } from '../../../app/auth/ports.js';
import type { Db } from '../client.js';
import { organisations, sessions, users } from '../schema.js';
import { arrayLiteral } from './sql-arrays.js';
import { profileColumns, toProfile } from './user-profile.js';

/**
 * The NOTIFY channel on which triggers (migration 0011_session_invalidation) name a user whose sessions,
 * profile or supervisions changed, heard when the change commits; `EVERY_USER` when an organisation changed.
 */
export const SESSIONS_CHANNEL = 'declic_sessions';
export const EVERY_USER = '*';

/** Server-side sessions, keyed by the SHA-256 of their cookie token. */
export function createSessionStore(db: Db): SessionStore {
  return {
    async create({ tokenHash, userId, now, expiresAt }) {
      await db.insert(sessions).values({ tokenHash, userId, createdAt: now, lastSeenAt: now, expiresAt });
    },
    async findActive(tokenHash, now) {
      const [row] = await db
        .select({ ...profileColumns, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .leftJoin(organisations, eq(organisations.id, users.organisationId))
        .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.active, true)));
      if (!row) return null;
      return { lastSeenAt: row.lastSeenAt, expiresAt: row.expiresAt, profile: toProfile(row) };
    },
    async touchMany(touches) {
      if (touches.length === 0) return;
      const column = (pick: (touch: SessionTouch) => string) => arrayLiteral(touches.map(pick));
      // Never backwards: an earlier expiry would also wake the trigger that makes every instance forget the user.
      await db.execute(sql`
        update sessions set last_seen_at = t.last_seen_at, expires_at = t.expires_at
        from unnest(${column((t) => t.tokenHash)}::text[], ${column((t) => t.lastSeenAt.toISOString())}::timestamptz[],
                    ${column((t) => t.expiresAt.toISOString())}::timestamptz[]) as t(token_hash, last_seen_at, expires_at)
        where sessions.token_hash = t.token_hash and sessions.expires_at < t.expires_at`);
    },
    async delete(tokenHash) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },
    async deleteForUser(userId) {
      await db.delete(sessions).where(eq(sessions.userId, userId));
    },
    async deleteExpiredForUser(userId, now) {
      await db.delete(sessions).where(and(eq(sessions.userId, userId), lte(sessions.expiresAt, now)));
    },
  };
}
