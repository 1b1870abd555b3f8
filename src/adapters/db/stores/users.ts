import { and, eq, ne, or, type SQL } from 'drizzle-orm';
import type { UserRecord, UserStore } from '../../../app/accounts/ports.js';
import { AppError, type ErrorCode } from '../../../core/errors.js';
import { isUuid } from '../../../core/validators/index.js';
import type { Db } from '../client.js';
import { absences, networkMembers, supervisions, users, workingHours } from '../schema.js';
import { existingUserIds, getUser, listUsers } from './user-queries.js';
import { uniqueViolation } from './unique-violation.js';

/** Unique indexes of `users` and the error each one means. */
const takenErrors: Readonly<Record<string, ErrorCode>> = {
  users_email_key: 'accounts.email_taken',
  users_rpps_key: 'accounts.rpps_taken',
  users_adeli_key: 'accounts.adeli_taken',
};

function columns(record: UserRecord) {
  return {
    email: record.email,
    firstName: record.firstName,
    lastName: record.lastName,
    profession: record.profession,
    rpps: record.rpps,
    adeli: record.adeli,
    mobilePhone: record.mobilePhone,
    organisationId: record.organisationId,
    isAdmin: record.isAdmin,
    practiceAddress: record.practice?.address ?? null,
    practiceInseeCode: record.practice?.inseeCode ?? null,
    practicePostcode: record.practice?.postcode ?? null,
    practiceCity: record.practice?.city ?? null,
    practiceLat: record.practice?.lat ?? null,
    practiceLng: record.practice?.lng ?? null,
    serviceRadiusKm: record.serviceRadiusKm,
    careActs: [...record.careActs],
    careModes: [...record.careModes],
  };
}

/** A unique violation on e-mail/RPPS/ADELI becomes its 409; anything else is rethrown. */
async function mapTaken<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const constraint = uniqueViolation(error);
    const code = constraint === null ? undefined : takenErrors[constraint];
    if (code) throw new AppError(code);
    throw error;
  }
}

/** Users as the admin module reads and writes them. */
export function createUserStore(db: Db): UserStore {
  return {
    list: (filter) => listUsers(db, filter),
    get: (id) => getUser(db, id),
    existingIds: (ids) => existingUserIds(db, ids),

    async findTaken(values, exceptId) {
      const matches: SQL[] = [eq(users.email, values.email)];
      if (values.rpps !== null) matches.push(eq(users.rpps, values.rpps));
      if (values.adeli !== null) matches.push(eq(users.adeli, values.adeli));
      const others = exceptId !== null && isUuid(exceptId) ? ne(users.id, exceptId) : undefined;
      const rows = await db
        .select({ email: users.email, rpps: users.rpps, adeli: users.adeli })
        .from(users)
        .where(and(or(...matches), others));
      return {
        email: rows.some((r) => r.email === values.email),
        rpps: values.rpps !== null && rows.some((r) => r.rpps === values.rpps),
        adeli: values.adeli !== null && rows.some((r) => r.adeli === values.adeli),
      };
    },

    async insert(record, passwordHash, now) {
      const [row] = await mapTaken(() =>
        db
          .insert(users)
          .values({ ...columns(record), passwordHash, createdAt: now, updatedAt: now })
          .returning({ id: users.id }),
      );
      if (!row) throw new Error('user not inserted');
      return row.id;
    },

    async update(id, record, now) {
      if (!isUuid(id)) return false;
      const rows = await mapTaken(() =>
        db
          .update(users)
          .set({ ...columns(record), updatedAt: now })
          .where(eq(users.id, id))
          .returning({ id: users.id }),
      );
      return rows.length > 0;
    },

    async setPasswordHash(id, passwordHash, now) {
      await db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, id));
    },

    async replaceSchedule(userId, hours, absenceDrafts) {
      await db.delete(workingHours).where(eq(workingHours.userId, userId));
      if (hours.length > 0) await db.insert(workingHours).values(hours.map((h) => ({ userId, ...h })));
      await db.delete(absences).where(eq(absences.userId, userId));
      if (absenceDrafts.length > 0) await db.insert(absences).values(absenceDrafts.map((a) => ({ userId, ...a })));
    },

    async replaceNetworks(userId, networkIds) {
      await db.delete(networkMembers).where(eq(networkMembers.userId, userId));
      if (networkIds.length > 0) {
        await db
          .insert(networkMembers)
          .values(networkIds.map((networkId) => ({ networkId, userId })))
          .onConflictDoNothing();
      }
    },

    async replaceSupervisions(userId, scopes) {
      await db.delete(supervisions).where(eq(supervisions.userId, userId));
      const rows = [
        ...scopes.organisationIds.map((organisationId) => ({ userId, organisationId })),
        ...scopes.networkIds.map((networkId) => ({ userId, networkId })),
      ];
      if (rows.length > 0) await db.insert(supervisions).values(rows).onConflictDoNothing();
    },

    async setActive(id, active, now) {
      if (!isUuid(id)) return false;
      const rows = await db
        .update(users)
        .set({ active, updatedAt: now })
        .where(eq(users.id, id))
        .returning({ id: users.id });
      return rows.length > 0;
    },
  };
}
