import { randomBytes } from 'node:crypto';
import { argon2Hasher } from '../../src/adapters/crypto/argon2-hasher.js';
import type { Db } from '../../src/adapters/db/client.js';
import { organisations, users } from '../../src/adapters/db/schema.js';

export const TEST_PASSWORD = 'mot-de-passe-de-test';

const unique = () => randomBytes(4).toString('hex');

type NewUser = typeof users.$inferInsert;
type NewOrganisation = typeof organisations.$inferInsert;

/** Inserts an organisation with unique values; `fields` override them. */
export async function createOrganisation(db: Db, fields: Partial<NewOrganisation> = {}) {
  const [row] = await db
    .insert(organisations)
    .values({ name: `Cabinet ${unique()}`, kind: 'cabinet', phone: '+33160000000', ...fields })
    .returning();
  if (!row) throw new Error('organisation not inserted');
  return row;
}

/** Inserts an active user whose password is TEST_PASSWORD (unless `password` is given). */
export async function createUser(db: Db, fields: Partial<NewUser> & { password?: string } = {}) {
  const { password = TEST_PASSWORD, ...rest } = fields;
  const [row] = await db
    .insert(users)
    .values({
      email: `user-${unique()}@test.declic`,
      firstName: 'Camille',
      lastName: `TEST${unique().toUpperCase()}`,
      profession: 'infirmier',
      mobilePhone: '+33612345678',
      passwordHash: await argon2Hasher.hash(password),
      ...rest,
    })
    .returning();
  if (!row) throw new Error('user not inserted');
  return row;
}
