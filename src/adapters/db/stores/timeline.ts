import { desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { TimelineEventRecord, TimelineStore } from '../../../app/care-requests/ports.js';
import type { Db } from '../client.js';
import { timelineEvents, users } from '../schema.js';

type Params = Readonly<Record<string, string | number>>;

/** Horodatage: append-only (the table refuses updates and deletes). */
export function createTimelineStore(db: Db): TimelineStore {
  return {
    async append(careRequestId, events) {
      if (events.length === 0) return;
      // One insert in list order: `seq` keeps the order of events of the same instant.
      await db
        .insert(timelineEvents)
        .values(events.map((event) => ({ careRequestId, kind: event.kind, actorId: event.actorId, params: event.params ?? {}, at: event.at })));
    },
    async latest(careRequestIds, perRequest) {
      const result = new Map<string, TimelineEventRecord[]>();
      if (careRequestIds.length === 0) return result;
      const ranked = db
        .select({
          id: timelineEvents.id,
          careRequestId: timelineEvents.careRequestId,
          kind: timelineEvents.kind,
          at: timelineEvents.at,
          params: timelineEvents.params,
          actorId: sql<string | null>`${users.id}`.as('actor_id'),
          firstName: sql<string | null>`${users.firstName}`.as('actor_first_name'),
          lastName: sql<string | null>`${users.lastName}`.as('actor_last_name'),
          profession: sql<(typeof users.profession.enumValues)[number] | null>`${users.profession}`.as('actor_profession'),
          position: sql<number>`row_number() over (partition by ${timelineEvents.careRequestId} order by ${timelineEvents.at} desc, ${timelineEvents.seq} desc)`.as('position'),
          seq: timelineEvents.seq,
        })
        .from(timelineEvents)
        .leftJoin(users, eq(users.id, timelineEvents.actorId))
        .where(inArray(timelineEvents.careRequestId, [...careRequestIds]))
        .as('ranked');
      const rows = await db
        .select()
        .from(ranked)
        .where(perRequest === undefined ? undefined : lte(ranked.position, perRequest))
        .orderBy(desc(ranked.at), desc(ranked.seq));
      for (const row of rows) {
        const list = result.get(row.careRequestId) ?? [];
        const actor =
          row.actorId && row.firstName !== null && row.lastName !== null && row.profession !== null
            ? { id: row.actorId, firstName: row.firstName, lastName: row.lastName, profession: row.profession }
            : null;
        list.push({ id: row.id, kind: row.kind, at: row.at, actor, params: row.params as Params });
        result.set(row.careRequestId, list);
      }
      return result;
    },
  };
}
