import { and, eq } from 'drizzle-orm';
import type { CredentialStore } from '../../../app/auth/ports.js';
import type { Db } from '../client.js';
import { organisations, users } from '../schema.js';
import { profileColumns, toProfile } from './user-profile.js';

/** Identifiants, password hashes and profiles of users, for the auth module. */
export function createCredentialStore(db: Db): CredentialStore {
  return {
    async findByIdentifiant(identifiant) {
      const [row] = await db
        .select({ userId: users.id, email: users.email, firstName: users.firstName, passwordHash: users.passwordHash, active: users.active })
        .from(users)
        .where(eq(users.email, identifiant));
      return row ?? null;
    },
    async loadProfile(userId) {
      const [row] = await db
        .select(profileColumns)
        .from(users)
        .leftJoin(organisations, eq(organisations.id, users.organisationId))
        .where(and(eq(users.id, userId), eq(users.active, true)));
      return row ? toProfile(row) : null;
    },
    async setPasswordHash(userId, passwordHash, now) {
      const [row] = await db
        .update(users)
        .set({ passwordHash, updatedAt: now })
        .where(and(eq(users.id, userId), eq(users.active, true)))
        .returning({ email: users.email });
      return row?.email ?? null;
    },
  };
}
