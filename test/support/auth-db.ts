import { eq } from 'drizzle-orm';
import type { Db } from '../../src/adapters/db/client.js';
import { appSettings, devOutbox, loginThrottles, passwordResetTokens, sessions, supervisions, users } from '../../src/adapters/db/schema.js';

/** Direct looks at the auth tables, for tests of the HTTP layer (which may not import SQL). */
export const authDb = (db: Db) => ({
  sessionsOf: (userId: string) => db.select().from(sessions).where(eq(sessions.userId, userId)),
  resetTokensOf: (userId: string) => db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, userId)),
  throttle: async (key: string) => (await db.select().from(loginThrottles).where(eq(loginThrottles.key, key)))[0] ?? null,
  throttles: () => db.select().from(loginThrottles),
  setting: async (key: string) => (await db.select().from(appSettings).where(eq(appSettings.key, key)))[0]?.value ?? null,
  setActive: async (userId: string, active: boolean) => {
    await db.update(users).set({ active }).where(eq(users.id, userId));
  },
  supervise: async (userId: string, scope: { organisationId: string } | { networkId: string }) => {
    await db.insert(supervisions).values({ userId, ...scope });
  },
  addOutbox: async (rows: (typeof devOutbox.$inferInsert)[]) => {
    await db.insert(devOutbox).values(rows);
  },
});
