import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { AccessLogStore, FollowerStore, PatientEventRecord, PatientEventStore } from '../../../app/patients/ports.js';
import { isUuid } from '../../../core/validators/index.js';
import type { Db } from '../client.js';
import { patientAccessLog, patientEvents, patientFollowers, users } from '../schema.js';

/** "Patient pour Moi": who follows which patient. */
export function createFollowerStore(db: Db): FollowerStore {
  return {
    async follow(patientId, userId, now) {
      const rows = await db
        .insert(patientFollowers)
        .values({ patientId, userId, createdAt: now })
        .onConflictDoNothing()
        .returning({ patientId: patientFollowers.patientId });
      return rows.length > 0;
    },
    async unfollow(patientId, userId) {
      await db.delete(patientFollowers).where(and(eq(patientFollowers.patientId, patientId), eq(patientFollowers.userId, userId)));
    },
    async followedAmong(userId, patientIds) {
      const ids = patientIds.filter(isUuid);
      if (ids.length === 0) return new Set();
      const rows = await db
        .select({ patientId: patientFollowers.patientId })
        .from(patientFollowers)
        .where(and(eq(patientFollowers.userId, userId), inArray(patientFollowers.patientId, ids)));
      return new Set(rows.map((r) => r.patientId));
    },
  };
}

/** Same instant: a care request above "Patient pour Moi" above "Créé par" (the seed's order). */
const kindRank = sql<number>`(case ${patientEvents.kind} when 'created' then 0 when 'followed' then 1 else 2 end)`;

/** History lines of patients (append-only). */
export function createPatientEventStore(db: Db): PatientEventStore {
  return {
    async add(events) {
      if (events.length === 0) return;
      await db.insert(patientEvents).values(
        events.map((e) => ({ patientId: e.patientId, kind: e.kind, userId: e.userId, careRequestNumber: e.careRequestNumber ?? null, createdAt: e.at })),
      );
    },
    async latest(patientIds, perPatient): Promise<PatientEventRecord[]> {
      const ids = patientIds.filter(isUuid);
      if (ids.length === 0) return [];
      const ranked = db
        .select({
          patientId: patientEvents.patientId,
          kind: patientEvents.kind,
          userId: patientEvents.userId,
          careRequestNumber: patientEvents.careRequestNumber,
          at: patientEvents.createdAt,
          firstName: users.firstName,
          lastName: users.lastName,
          rank: kindRank.as('rank'),
          position: sql<number>`row_number() over (partition by ${patientEvents.patientId} order by ${patientEvents.createdAt} desc, ${kindRank} desc)`.as('position'),
        })
        .from(patientEvents)
        .leftJoin(users, eq(users.id, patientEvents.userId))
        .where(inArray(patientEvents.patientId, ids))
        .as('ranked');
      const rows = await db
        .select()
        .from(ranked)
        .where(lte(ranked.position, perPatient))
        .orderBy(asc(ranked.patientId), desc(ranked.at), desc(ranked.rank));
      return rows.map(({ firstName, lastName, rank: _rank, position: _position, ...event }) => ({
        ...event,
        user: firstName !== null && lastName !== null ? { firstName, lastName } : null,
      }));
    },
  };
}

/** Who read or wrote which patient, when and what (append-only; never the data itself). */
export function createAccessLogStore(db: Db): AccessLogStore {
  return {
    async record(entries, at) {
      if (entries.length === 0) return;
      await db.insert(patientAccessLog).values(entries.map((e) => ({ ...e, at })));
    },
  };
}
