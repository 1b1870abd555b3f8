import { and, asc, eq, sql } from 'drizzle-orm';
import type { ProfessionalAccount, ProfessionalLookup, UsualProfessionalRecord, UsualProfessionalStore } from '../../../app/patients/ports.js';
import { usualProfessionalRoles } from '../../../core/patients/index.js';
import { isUuid } from '../../../core/validators/index.js';
import type { Db } from '../client.js';
import { directoryEntries, usualProfessionals, users } from '../schema.js';

const roleOrder = sql`array_position(array[${sql.join(
  usualProfessionalRoles.map((r) => sql`${r}`),
  sql`, `,
)}]::text[], ${usualProfessionals.role}::text)`;

/** Professionnels habituels of patients, one per role. */
export function createUsualProfessionalStore(db: Db): UsualProfessionalStore {
  return {
    async list(patientId): Promise<UsualProfessionalRecord[]> {
      const rows = await db
        .select({
          role: usualProfessionals.role,
          idNat: usualProfessionals.idNat,
          userId: usualProfessionals.userId,
          lastName: usualProfessionals.lastName,
          firstName: usualProfessionals.firstName,
          active: users.active,
        })
        .from(usualProfessionals)
        .leftJoin(users, eq(users.id, usualProfessionals.userId))
        .where(eq(usualProfessionals.patientId, patientId))
        .orderBy(roleOrder, asc(usualProfessionals.id));
      return rows.map(({ active, ...row }) => ({ ...row, isPlatformUser: row.userId !== null && active === true }));
    },
    async put(patientId, entry, addedBy, now) {
      const values = { idNat: entry.idNat, userId: entry.userId, lastName: entry.lastName, firstName: entry.firstName, addedBy, createdAt: now };
      await db
        .insert(usualProfessionals)
        .values({ patientId, role: entry.role, ...values })
        .onConflictDoUpdate({ target: [usualProfessionals.patientId, usualProfessionals.role], set: values });
    },
    async remove(patientId, role) {
      await db.delete(usualProfessionals).where(and(eq(usualProfessionals.patientId, patientId), eq(usualProfessionals.role, role)));
    },
  };
}

const accountColumns = {
  id: users.id,
  firstName: users.firstName,
  lastName: users.lastName,
  profession: users.profession,
  rpps: users.rpps,
  adeli: users.adeli,
  active: users.active,
};

/** Professionals in the national directory and among platform users. */
export function createProfessionalLookup(db: Db): ProfessionalLookup {
  const firstAccount = async (rows: Promise<ProfessionalAccount[]>) => (await rows)[0] ?? null;
  return {
    async directoryEntry(idNat) {
      const [row] = await db
        .select({ lastName: directoryEntries.lastName, firstName: directoryEntries.firstName, professionCode: directoryEntries.professionCode })
        .from(directoryEntries)
        .where(eq(directoryEntries.idNat, idNat))
        .orderBy(asc(directoryEntries.siteKey))
        .limit(1);
      return row ?? null;
    },
    accountById: (id) => (isUuid(id) ? firstAccount(db.select(accountColumns).from(users).where(eq(users.id, id))) : Promise.resolve(null)),
    accountByNationalId: (id) =>
      firstAccount(db.select(accountColumns).from(users).where('rpps' in id ? eq(users.rpps, id.rpps) : eq(users.adeli, id.adeli))),
  };
}
