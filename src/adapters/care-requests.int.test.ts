import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCareRequestsService, type CareRequestsStores } from '../app/care-requests/index.js';
import type { Actor } from '../core/actor.js';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { createProfessional, places, requestBlock } from '../../test/support/care-requests.js';
import { loginAs } from '../../test/support/client.js';
import { patientInput } from '../../test/support/patients.js';
import { careRequestsStores } from './care-requests.js';
import { careRequestBatches, careRequests, dispatchRounds, jobs, offers, patientEvents, timelineEvents, users } from './db/schema.js';
import { createTransactor } from './db/transactor.js';

describe('déclenchement batch — one transaction', () => {
  let t: TestApp;
  let actor: Actor;
  let patientId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const doctor = await createProfessional(db, 'medecin_generaliste', places.evry);
    await createProfessional(db, 'infirmier', places.evryNorth);
    await createProfessional(db, 'masseur_kinesitherapeute', places.evryNorth);
    const client = await loginAs(t.app, doctor.email);
    patientId = (await client.post('/api/patients', patientInput())).json().patient.id;
    actor = { userId: doctor.id, profession: 'medecin_generaliste', organisationId: null, isAdmin: false, supervises: { organisationIds: [], networkIds: [] } };
  });
  afterAll(async () => t.close());

  const counts = async () => {
    const { db } = t.database;
    const tables = [careRequestBatches, careRequests, dispatchRounds, offers, timelineEvents, jobs, patientEvents];
    return Promise.all(tables.map(async (table) => (await db.select().from(table)).length));
  };

  it('leaves nothing behind when the second request of the batch fails', async () => {
    const { db } = t.database;
    let searches = 0;
    // The candidate query of the second request fails (e.g. the database drops the statement).
    const failingStores = (tx: typeof db): CareRequestsStores => {
      const stores = careRequestsStores(tx);
      return {
        ...stores,
        candidates: {
          ...stores.candidates,
          find: async (criteria) => {
            searches += 1;
            if (searches === 2) throw new Error('candidate query failed');
            return stores.candidates.find(criteria);
          },
        },
      };
    };
    const service = createCareRequestsService({ clock: { now: () => new Date() }, publicUrl: t.config.publicUrl, stores: careRequestsStores(db), transactor: createTransactor(db, failingStores) });
    const before = await counts();
    const batch = { patientId, requests: [requestBlock(), requestBlock({ profession: 'masseur_kinesitherapeute', careActs: ['kine_respiratoire'] })] };
    await expect(service.triggerBatch(actor, batch)).rejects.toThrow('candidate query failed');
    expect(searches).toBe(2);
    expect(await counts()).toEqual(before);

    // The same batch goes through once the database answers.
    const working = createCareRequestsService({ clock: { now: () => new Date() }, publicUrl: t.config.publicUrl, stores: careRequestsStores(db), transactor: createTransactor(db, careRequestsStores) });
    const result = await working.triggerBatch(actor, batch);
    expect(result.requests.map((r) => r.offeredCount)).toEqual([1, 1]);
    const after = await counts();
    expect(after[1]).toBe((before[1] ?? 0) + 2);
  });
});

describe('offers — references checked once per statement', () => {
  let t: TestApp;
  let offer: typeof offers.$inferSelect & { careRequestId: string };
  let otherRound: typeof dispatchRounds.$inferSelect;

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const doctor = await createProfessional(db, 'medecin_generaliste', places.evry);
    await createProfessional(db, 'infirmier', places.evryNorth);
    const client = await loginAs(t.app, doctor.email);
    for (let i = 0; i < 2; i++) {
      const patientId = (await client.post('/api/patients', patientInput())).json().patient.id;
      expect((await client.post('/api/care-request-batches', { patientId, requests: [requestBlock()] })).statusCode).toBe(201);
    }
    const [first] = await db
      .select({ ...getTableColumns(offers), careRequestId: dispatchRounds.careRequestId })
      .from(offers)
      .innerJoin(dispatchRounds, eq(dispatchRounds.id, offers.roundId));
    const rounds = await db.select().from(dispatchRounds);
    const other = rounds.find((r) => r.careRequestId !== first?.careRequestId);
    if (!first || !other) throw new Error('two requests with their offers expected');
    offer = first;
    otherRound = other;
  });
  afterAll(async () => t.close());

  const insert = (fields: Partial<typeof offers.$inferInsert>) =>
    t.database.db.insert(offers).values({ roundId: offer.roundId, userId: offer.userId, phase: 'open', offeredAt: new Date(), ...fields });

  it('refuses an offer to an unknown user, of an unknown round, or a second one to a user in a round', async () => {
    await expect(insert({ userId: '00000000-0000-4000-8000-000000000000' })).rejects.toThrow();
    await expect(insert({ roundId: '00000000-0000-4000-8000-000000000000' })).rejects.toThrow();
    await expect(insert({})).rejects.toThrow();
    expect(await t.database.db.select().from(offers)).toHaveLength(2);
  });

  it('keeps the count of offers of each round as offers are written and deleted', async () => {
    const { db } = t.database;
    const counted = async () => {
      const rows = await db
        .select({ id: dispatchRounds.id, kept: dispatchRounds.offerCount, actual: sql<number>`(select count(*)::int from offers o where o.round_id = ${dispatchRounds.id})` })
        .from(dispatchRounds);
      return rows.map(({ kept, actual }) => [kept, actual]);
    };
    expect(await counted()).toEqual([
      [1, 1],
      [1, 1],
    ]);
    const theOffer = and(eq(offers.roundId, offer.roundId), eq(offers.userId, offer.userId));
    const [removed] = await db.delete(offers).where(theOffer).returning();
    expect(await counted()).toContainEqual([0, 0]);
    if (removed) await db.insert(offers).values(removed);
    expect(await counted()).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('refuses to change what an offer refers to, and to delete a user or a round that has offers', async () => {
    const { db } = t.database;
    const theOffer = and(eq(offers.roundId, offer.roundId), eq(offers.userId, offer.userId));
    await expect(db.update(offers).set({ roundId: otherRound.id }).where(theOffer)).rejects.toThrow();
    await expect(db.delete(users).where(eq(users.id, offer.userId))).rejects.toThrow();
    await expect(db.delete(dispatchRounds).where(eq(dispatchRounds.id, offer.roundId))).rejects.toThrow();
    // Answers still change.
    await db.update(offers).set({ seenAt: new Date() }).where(theOffer);
    expect((await db.select().from(offers).where(theOffer))[0]?.seenAt).not.toBeNull();
  });
});
