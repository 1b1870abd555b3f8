import { and, asc, eq, inArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { PlatformProfessional, PlatformProfessionalFinder } from '../../../app/directory/ports.js';
import { isCareProfession } from '../../../core/professions.js';
import { splitIdNat } from '../../../core/directory/index.js';
import type { Db } from '../client.js';
import { users } from '../schema.js';
import { escapeLike } from './unique-violation.js';

/** SQL twin of `searchKey`: lower-case, no accents, apostrophes and hyphens as spaces, single spaces. */
const keyOf = (column: AnyColumn): SQL =>
  sql`btrim(regexp_replace(translate(unaccent(lower(${column})), '''’\`-', '    '), '\\s+', ' ', 'g'))`;

const columns = {
  userId: users.id,
  profession: users.profession,
  rpps: users.rpps,
  adeli: users.adeli,
  lastName: users.lastName,
  firstName: users.firstName,
  city: users.practiceCity,
};

function careOnly(rows: readonly (Omit<PlatformProfessional, 'profession'> & { profession: (typeof users.$inferSelect)['profession'] })[]): PlatformProfessional[] {
  return rows.flatMap(({ profession, ...row }) => (isCareProfession(profession) ? [{ ...row, profession }] : []));
}

/** Platform users as candidates for the usual care team. */
export function createPlatformProfessionalFinder(db: Db): PlatformProfessionalFinder {
  return {
    async searchByPrefix(query) {
      const rows = await db
        .select(columns)
        .from(users)
        .where(
          and(
            eq(users.active, true),
            eq(users.profession, query.profession),
            sql`${keyOf(users.lastName)} like ${`${escapeLike(query.lastName)}%`}`,
            sql`${keyOf(users.firstName)} like ${`${escapeLike(query.firstName)}%`}`,
          ),
        )
        .orderBy(keyOf(users.lastName), keyOf(users.firstName), asc(users.id))
        .limit(query.limit);
      return careOnly(rows);
    },

    async findByIdNat(idNats) {
      const ids = idNats.map(splitIdNat);
      const rpps = ids.flatMap((id) => (id.rpps ? [id.rpps] : []));
      const adeli = ids.flatMap((id) => (id.adeli ? [id.adeli] : []));
      if (rpps.length === 0 && adeli.length === 0) return [];
      const match = or(rpps.length > 0 ? inArray(users.rpps, rpps) : undefined, adeli.length > 0 ? inArray(users.adeli, adeli) : undefined);
      return careOnly(await db.select(columns).from(users).where(and(eq(users.active, true), match)));
    },
  };
}
