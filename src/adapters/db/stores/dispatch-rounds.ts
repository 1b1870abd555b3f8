import { and, asc, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { OfferState, OfferStore, ResourceRecord, RoundStore, VisitStore } from '../../../app/care-requests/ports.js';
import type { Db } from '../client.js';
import { arrayLiteral } from './sql-arrays.js';
import { dispatchRounds, notifications, offers, users, visits } from '../schema.js';

/** Dispatch rounds (1er, 2e Déclenchement…). */
export function createRoundStore(db: Db): RoundStore {
  return {
    async insert(round) {
      const [row] = await db.insert(dispatchRounds).values(round).returning();
      if (!row) throw new Error('round not inserted');
      return row;
    },
    async get(id) {
      const [row] = await db.select().from(dispatchRounds).where(eq(dispatchRounds.id, id));
      return row ?? null;
    },
    list: (careRequestId) => db.select().from(dispatchRounds).where(eq(dispatchRounds.careRequestId, careRequestId)).orderBy(asc(dispatchRounds.number)),
    async markWidened(id, at) {
      await db.update(dispatchRounds).set({ widenedAt: at }).where(eq(dispatchRounds.id, id));
    },
    async offerCounts(careRequestIds) {
      const counts = new Map<string, Map<number, number>>();
      if (careRequestIds.length === 0) return counts;
      const rows = await db
        .select({ careRequestId: dispatchRounds.careRequestId, number: dispatchRounds.number, offers: dispatchRounds.offerCount })
        .from(dispatchRounds)
        .where(inArray(dispatchRounds.careRequestId, [...careRequestIds]));
      for (const row of rows) {
        const perRound = counts.get(row.careRequestId) ?? new Map<number, number>();
        perRound.set(row.number, row.offers);
        counts.set(row.careRequestId, perRound);
      }
      return counts;
    },
  };
}

const offerState = {
  careRequestId: dispatchRounds.careRequestId,
  roundId: offers.roundId,
  roundNumber: dispatchRounds.number,
  userId: offers.userId,
  phase: offers.phase,
  distanceKm: offers.distanceKm,
  offeredAt: offers.offeredAt,
  seenAt: offers.seenAt,
  response: offers.response,
  respondedAt: offers.respondedAt,
  declineReason: offers.declineReason,
  declineComment: offers.declineComment,
};

/** The offers of a care request: those of its rounds (found by the offers' key, round then user). */
export const offersOfRequest = (db: Db, careRequestId: string) =>
  inArray(offers.roundId, db.select({ id: dispatchRounds.id }).from(dispatchRounds).where(eq(dispatchRounds.careRequestId, careRequestId)));

/** Ressources déclenchées: offers and their answers. */
export function createOfferStore(db: Db): OfferStore {
  const states = () => db.select(offerState).from(offers).innerJoin(dispatchRounds, eq(dispatchRounds.id, offers.roundId));
  const ofRequest = (careRequestId: string) => offersOfRequest(db, careRequestId);
  return {
    async insert(round, rows, offeredAt) {
      if (rows.length === 0) return;
      // One statement from arrays: a round may offer the request to 2 000 professionals. In user order, both
      // indexes (round, user) and (user, date) are written in key order: ~15 % less than in distance order.
      const column = (pick: (offer: (typeof rows)[number]) => string | number | null) => arrayLiteral(rows.map(pick));
      await db.execute(sql`
        insert into offers (round_id, offered_at, user_id, phase, distance_km)
        select ${round.id}::uuid, ${offeredAt}::timestamptz, o.user_id, o.phase, o.distance_km
        from unnest(${column((o) => o.userId)}::uuid[], ${column((o) => o.phase)}::text[], ${column((o) => o.distanceKm)}::float8[])
          as o(user_id, phase, distance_km)
        order by o.user_id`);
    },
    listForRound: (roundId) =>
      db
        .select({ roundId: offers.roundId, userId: offers.userId, phase: offers.phase, distanceKm: offers.distanceKm, offeredAt: offers.offeredAt })
        .from(offers)
        .where(eq(offers.roundId, roundId))
        .orderBy(asc(offers.offeredAt)),
    openOfRound: (roundId) =>
      db
        .select({ userId: offers.userId, distanceKm: offers.distanceKm })
        .from(offers)
        .where(and(eq(offers.roundId, roundId), isNull(offers.response))),
    ofUser: (careRequestId, userId): Promise<OfferState[]> =>
      states()
        .where(and(eq(dispatchRounds.careRequestId, careRequestId), eq(offers.userId, userId)))
        .orderBy(desc(dispatchRounds.number)),
    async markSeen(careRequestId, userId, at) {
      await db
        .update(offers)
        .set({ seenAt: at })
        .where(and(ofRequest(careRequestId), eq(offers.userId, userId), isNull(offers.seenAt)));
    },
    async respond(offer, answer, at) {
      await db
        .update(offers)
        .set({ response: answer.response, respondedAt: at, declineReason: answer.declineReason ?? null, declineComment: answer.declineComment ?? null })
        .where(and(eq(offers.roundId, offer.roundId), eq(offers.userId, offer.userId)));
    },
    async withdrawOpen(careRequestId, at) {
      const rows = await db
        .update(offers)
        .set({ response: 'withdrawn', respondedAt: at })
        .where(and(ofRequest(careRequestId), isNull(offers.response)))
        .returning({ userId: offers.userId });
      return [...new Set(rows.map((r) => r.userId))];
    },
    async withdrawnAt(careRequestId, at) {
      const rows = await db
        .selectDistinct({ userId: offers.userId })
        .from(offers)
        .where(and(ofRequest(careRequestId), eq(offers.response, 'withdrawn'), eq(offers.respondedAt, at)));
      return rows.map((r) => r.userId);
    },
    async holders(careRequestId) {
      const rows = await db.selectDistinct({ userId: offers.userId }).from(offers).where(ofRequest(careRequestId));
      return rows.map((r) => r.userId);
    },
    async resources(careRequestId): Promise<ResourceRecord[]> {
      const rows = await db
        .select({ ...offerState, firstName: users.firstName, lastName: users.lastName, profession: users.profession })
        .from(offers)
        .innerJoin(dispatchRounds, eq(dispatchRounds.id, offers.roundId))
        .innerJoin(users, eq(users.id, offers.userId))
        .where(eq(dispatchRounds.careRequestId, careRequestId))
        .orderBy(asc(dispatchRounds.number), asc(offers.offeredAt), asc(users.lastName));
      const sent = await db
        .select({ userId: notifications.userId, kind: notifications.kind, channel: notifications.channel, status: notifications.status, at: notifications.sentAt })
        .from(notifications)
        .where(and(eq(notifications.careRequestId, careRequestId), eq(notifications.kind, 'offer')));
      return rows.map(({ firstName, lastName, profession, ...offer }) => ({
        ...offer,
        user: { id: offer.userId, firstName, lastName, profession },
        channels: sent.filter((n) => n.userId === offer.userId).map(({ channel, status, at }) => ({ channel, status, at })),
      }));
    },
    received: (userId, since, limit): Promise<OfferState[]> =>
      states()
        .where(and(eq(offers.userId, userId), gte(offers.offeredAt, since)))
        .orderBy(desc(offers.offeredAt))
        .limit(limit),
  };
}

/** Passages. */
export function createVisitStore(db: Db): VisitStore {
  return {
    count: (careRequestId) => db.$count(visits, eq(visits.careRequestId, careRequestId)),
    async insert(visit) {
      await db.insert(visits).values(visit);
    },
  };
}
