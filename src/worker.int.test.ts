import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/support/app.js';
import { createProfessional, places, requestBlock } from '../test/support/care-requests.js';
import { loginAs } from '../test/support/client.js';
import { patientInput } from '../test/support/patients.js';
import { notifications } from './adapters/db/schema.js';
import { createLogger } from './adapters/logging/logger.js';
import { composeApp } from './compose.js';
import type { App } from './http/server.js';

describe('offer messages — written by the worker of any instance as soon as the déclenchement commits', () => {
  let t: TestApp;
  let worker: App;

  beforeAll(async () => {
    t = await createTestApp();
    // Another instance whose worker would otherwise poll every 10 minutes: only the NOTIFY at commit can wake it.
    worker = await composeApp({ config: { ...t.config, jobsPollMs: 600_000 }, database: t.database, logger: createLogger('silent') });
    await worker.ready();
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  it('enqueues the offer SMS and e-mail without waiting for the next poll', async () => {
    const { db } = t.database;
    const doctor = await createProfessional(db, 'medecin_generaliste', places.evry);
    const nurse = await createProfessional(db, 'infirmier', places.evryNorth, { mobilePhone: '+33633333333' });
    const gp = await loginAs(t.app, doctor.email);
    const patientId = (await gp.post('/api/patients', patientInput())).json().patient.id;
    const id: string = (await gp.post('/api/care-request-batches', { patientId, requests: [requestBlock({ responseDeadlineMinutes: 120 })] })).json().batch.requests[0].id;
    const offerRows = async () => (await db.select().from(notifications).where(eq(notifications.careRequestId, id))).filter((r) => r.kind === 'offer' && r.userId === nurse.id);
    await expect.poll(async () => (await offerRows()).map((r) => r.channel).sort(), { timeout: 20_000, interval: 50 }).toEqual(['email', 'sms']);
  });
});
