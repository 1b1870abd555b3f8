import { and, eq, gt, isNull } from 'drizzle-orm';
import type { ResetTokenStore } from '../../../app/auth/ports.js';
import type { Db } from '../client.js';
import { passwordResetTokens } from '../schema.js';

/** Password-reset tokens, keyed by their SHA-256. */
export function createResetTokenStore(db: Db): ResetTokenStore {
  const t = passwordResetTokens;
  return {
    async create({ tokenHash, userId, now, expiresAt }) {
      await db.insert(t).values({ tokenHash, userId, createdAt: now, expiresAt });
    },
    async consume(tokenHash, now) {
      const [row] = await db
        .update(t)
        .set({ usedAt: now })
        .where(and(eq(t.tokenHash, tokenHash), isNull(t.usedAt), gt(t.expiresAt, now)))
        .returning({ userId: t.userId });
      return row?.userId ?? null;
    },
    async revokeForUser(userId, now) {
      await db
        .update(t)
        .set({ usedAt: now })
        .where(and(eq(t.userId, userId), isNull(t.usedAt)));
    },
  };
}
