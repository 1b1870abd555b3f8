import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCareRequestsService, type CareRequestsStores } from '../app/care-requests/index.js';
import type { Actor } from '../core/actor.js';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { createProfessional, places, requestBlock } from '../../test/support/care-requests.js';
import { loginAs } from '../../test/support/client.js';
import { patientInput } from '../../test/support/patients.js';
import { careRequestsStores } from './care-requests.js';
import { careRequestBatches, careRequests, dispatchRounds, jobs, offers, patientEvents, timelineEvents } from './db/schema.js';
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
