import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../src/adapters/db/client.js';
import { organisations, users } from '../../src/adapters/db/schema.js';

/** Changes behind the app's back, for the tests of its session cache (the HTTP layer may not import SQL). */
export const sessionNoticesDb = (db: Db) => ({
  /** Renames a user; the triggers tell every instance. */
  renameUser: async (userId: string, firstName: string) => {
    await db.update(users).set({ firstName }).where(eq(users.id, userId));
  },
  /** Renames a user with triggers off (replication role): no instance hears of it. */
  renameUserUnheard: async (userId: string, firstName: string) => {
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.update(users).set({ firstName }).where(eq(users.id, userId));
    });
  },
  renameOrganisation: async (organisationId: string, name: string) => {
    await db.update(organisations).set({ name }).where(eq(organisations.id, organisationId));
  },
});
