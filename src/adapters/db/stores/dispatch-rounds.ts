import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { OfferStore, RoundStore } from '../../../app/care-requests/ports.js';
import type { Db } from '../client.js';
import { dispatchRounds, offers } from '../schema.js';

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
        .select({ careRequestId: dispatchRounds.careRequestId, number: dispatchRounds.number, offers: count(offers.id) })
        .from(dispatchRounds)
        .leftJoin(offers, eq(offers.roundId, dispatchRounds.id))
        .where(inArray(dispatchRounds.careRequestId, [...careRequestIds]))
        .groupBy(dispatchRounds.careRequestId, dispatchRounds.number);
      for (const row of rows) {
        const perRound = counts.get(row.careRequestId) ?? new Map<number, number>();
        perRound.set(row.number, Number(row.offers));
        counts.set(row.careRequestId, perRound);
      }
      return counts;
    },
  };
}

/** Ressources déclenchées. */
export function createOfferStore(db: Db): OfferStore {
  return {
    async insert(rows, careRequestId) {
      if (rows.length === 0) return;
      await db
        .insert(offers)
        .values(rows.map((offer) => ({ ...offer, careRequestId })))
        .onConflictDoNothing();
    },
    listForRound: (roundId) =>
      db
        .select({ id: offers.id, roundId: offers.roundId, userId: offers.userId, phase: offers.phase, distanceKm: offers.distanceKm, offeredAt: offers.offeredAt })
        .from(offers)
        .where(and(eq(offers.roundId, roundId)))
        .orderBy(asc(offers.offeredAt)),
  };
}
