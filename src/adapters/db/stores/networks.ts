import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { NetworkStore, NetworkSummary } from '../../../app/accounts/ports.js';
import { isUuid } from '../../../core/validators/index.js';
import type { Db } from '../client.js';
import { networkMembers, networks } from '../schema.js';

const summaryColumns = {
  id: networks.id,
  name: networks.name,
  kind: networks.kind,
  active: networks.active,
  // Written out: Drizzle drops table names in single-table selects.
  memberIds: sql<string[]>`coalesce((select array_agg(m."user_id"::text order by m."user_id") from "network_members" m where m."network_id" = "networks"."id"), '{}'::text[])`,
};

/** Networks (CPTS) and their members. */
export function createNetworkStore(db: Db): NetworkStore {
  const get = async (id: string): Promise<NetworkSummary | null> => {
    if (!isUuid(id)) return null;
    const [row] = await db.select(summaryColumns).from(networks).where(eq(networks.id, id));
    return row ?? null;
  };
  return {
    get,
    async list({ includeInactive }) {
      return db
        .select(summaryColumns)
        .from(networks)
        .where(includeInactive ? undefined : eq(networks.active, true))
        .orderBy(sql`unaccent(lower(${networks.name}))`, asc(networks.id));
    },
    async insert(name, now) {
      const [row] = await db.insert(networks).values({ name, kind: 'cpts', createdAt: now, updatedAt: now }).returning({ id: networks.id });
      if (!row) throw new Error('network not inserted');
      return row.id;
    },
    async update(id, name, now) {
      if (!isUuid(id)) return false;
      const rows = await db.update(networks).set({ name, updatedAt: now }).where(eq(networks.id, id)).returning({ id: networks.id });
      return rows.length > 0;
    },
    async replaceMembers(networkId, userIds) {
      await db.delete(networkMembers).where(eq(networkMembers.networkId, networkId));
      if (userIds.length > 0) {
        await db
          .insert(networkMembers)
          .values(userIds.map((userId) => ({ networkId, userId })))
          .onConflictDoNothing();
      }
    },
    async setActive(id, active, now) {
      if (!isUuid(id)) return false;
      const rows = await db.update(networks).set({ active, updatedAt: now }).where(eq(networks.id, id)).returning({ id: networks.id });
      return rows.length > 0;
    },
    async existingIds(ids) {
      const candidates = ids.filter(isUuid);
      if (candidates.length === 0) return [];
      const rows = await db.select({ id: networks.id }).from(networks).where(inArray(networks.id, candidates));
      return rows.map((r) => r.id);
    },
  };
}
