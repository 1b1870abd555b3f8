import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { OrganisationStore, OrganisationSummary } from '../../../app/accounts/ports.js';
import { isUuid } from '../../../core/validators/index.js';
import type { Db } from '../client.js';
import { organisations } from '../schema.js';

const summaryColumns = {
  id: organisations.id,
  name: organisations.name,
  kind: organisations.kind,
  phone: organisations.phone,
  active: organisations.active,
  // Written out: Drizzle drops table names in single-table selects, which would make this subquery ambiguous.
  memberCount: sql<number>`(select count(*) from "users" u where u."organisation_id" = "organisations"."id" and u."active")::int`,
};

/** Organisations (cabinets, plateformes, établissements). */
export function createOrganisationStore(db: Db): OrganisationStore {
  const get = async (id: string): Promise<OrganisationSummary | null> => {
    if (!isUuid(id)) return null;
    const [row] = await db.select(summaryColumns).from(organisations).where(eq(organisations.id, id));
    return row ?? null;
  };
  return {
    get,
    async list({ includeInactive }) {
      return db
        .select(summaryColumns)
        .from(organisations)
        .where(includeInactive ? undefined : eq(organisations.active, true))
        .orderBy(sql`unaccent(lower(${organisations.name}))`, asc(organisations.id));
    },
    async insert(record, now) {
      const [row] = await db
        .insert(organisations)
        .values({ ...record, createdAt: now, updatedAt: now })
        .returning({ id: organisations.id });
      if (!row) throw new Error('organisation not inserted');
      return row.id;
    },
    async update(id, record, now) {
      if (!isUuid(id)) return false;
      const rows = await db.update(organisations).set({ ...record, updatedAt: now }).where(eq(organisations.id, id)).returning({ id: organisations.id });
      return rows.length > 0;
    },
    async setActive(id, active, now) {
      if (!isUuid(id)) return false;
      const rows = await db.update(organisations).set({ active, updatedAt: now }).where(eq(organisations.id, id)).returning({ id: organisations.id });
      return rows.length > 0;
    },
    async existingIds(ids) {
      const candidates = ids.filter(isUuid);
      if (candidates.length === 0) return [];
      const rows = await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, candidates));
      return rows.map((r) => r.id);
    },
  };
}
