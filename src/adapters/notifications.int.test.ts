import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotificationsService } from '../app/notifications/index.js';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { createProfessional, places, requestBlock, runJobsOnce } from '../../test/support/care-requests.js';
import { loginAs, type TestClient } from '../../test/support/client.js';
import { json, startFakeSmsGateway, type FakeSmsGateway } from '../../test/support/fake-sms-gateway.js';
import { patientInput, testClock, type TestClock } from '../../test/support/patients.js';
import { browserSubscription } from '../../test/support/push-browser.js';
import { createAdapters } from './index.js';
import { devOutbox, notifications, users } from './db/schema.js';

/** Minutes since midnight in Paris, now. */
const parisMinute = () => {
  const [h, m] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date())
    .split(':')
    .map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

describe('notification outbox — offers by SMS (Brevo wire format) and e-mail, with retries', () => {
  let t: TestApp;
  let gateway: FakeSmsGateway;
  let clock: TestClock;
  let gp: TestClient;
  let gpId: string;
  let nurseAwake: { id: string; mobilePhone: string | null };
  let nurseAsleep: { id: string; mobilePhone: string | null };

  beforeAll(async () => {
    gateway = await startFakeSmsGateway(() => json({ messageId: 4242 }, 201));
    clock = testClock();
    t = await createTestApp({ env: { SMS_PROVIDER: 'brevo', BREVO_API_KEY: 'xkeysib-test', BREVO_URL: gateway.url }, overrides: { clock } });
    const { db } = t.database;
    const doctor = await createProfessional(db, 'medecin_generaliste', places.evry);
    gp = await loginAs(t.app, doctor.email);
    gpId = doctor.id;
    nurseAwake = await createProfessional(db, 'infirmier', places.evryNorth, { mobilePhone: '+33611111111' });
    // Quiet hours around the current time: from an hour ago to an hour from now.
    const minute = parisMinute();
    nurseAsleep = await createProfessional(db, 'infirmier', places.corbeil, {
      mobilePhone: '+33622222222',
      quietHoursStart: (minute + 1380) % 1440,
      quietHoursEnd: (minute + 60) % 1440,
    });
  });
  afterAll(async () => {
    await t.close();
    await gateway.close();
  });

  async function deliver(): Promise<number> {
    const adapters = await createAdapters(t.config, t.database);
    return createNotificationsService({ ...adapters.notifications, mailer: adapters.messaging.mailer, clock }).deliverDue();
  }

  async function trigger(responseDeadlineMinutes: number): Promise<string> {
    const patientId = (await gp.post('/api/patients', patientInput())).json().patient.id;
    const res = await gp.post('/api/care-request-batches', { patientId, requests: [requestBlock({ responseDeadlineMinutes })] });
    expect(res.statusCode, res.body).toBe(201);
    const id: string = res.json().batch.requests[0].id;
    // The offer messages are written by a job, due at once.
    expect(await rowsOf(id)).toEqual([]);
    expect(await runJobsOnce(t, clock)).toBeGreaterThanOrEqual(1);
    return id;
  }

  const rowsOf = (careRequestId: string) => t.database.db.select().from(notifications).where(eq(notifications.careRequestId, careRequestId));

  it('sends the offer by SMS and e-mail, without the patient’s identity; quiet hours keep only the e-mail', async () => {
    const id = await trigger(120);
    const rows = await rowsOf(id);
    expect(rows.filter((r) => r.userId === nurseAwake.id).map((r) => r.channel).sort()).toEqual(['email', 'sms']);
    expect(rows.filter((r) => r.userId === nurseAsleep.id).map((r) => r.channel)).toEqual(['email']);

    gateway.requests.length = 0;
    expect(await deliver()).toBe(3);
    expect(gateway.requests).toHaveLength(1);
    const sms = JSON.parse(gateway.requests[0]?.body ?? '{}') as { recipient: string; content: string; type: string };
    expect(sms.recipient).toBe('33611111111');
    expect(sms.type).toBe('transactional');
    expect(sms.content).toMatch(/^Déclic : nouvelle demande Infirmier\(e\) à Évry-Courcouronnes \(1,3 km\), réponse avant \d\d:\d\d\. http:\/\/localhost:\d+\/fiches\/\d{8}$/);
    expect(sms.content).not.toContain('Lambert');
    const sent = await rowsOf(id);
    expect(sent.every((r) => r.status === 'sent')).toBe(true);
    expect(sent.find((r) => r.channel === 'sms')?.providerId).toBe('4242');
    const mails = await t.database.db.select().from(devOutbox).where(eq(devOutbox.channel, 'email'));
    expect(mails.filter((m) => m.subject === 'Nouvelle demande de prise en charge')).toHaveLength(2);

    const resources = (await gp.get(`/api/care-requests/${id}/resources`)).json().resources;
    const awake = resources.find((r: { professional: { id: string } }) => r.professional.id === nurseAwake.id);
    expect(awake.channels.map((c: { channel: string; status: string }) => `${c.channel}:${c.status}`).sort()).toEqual(['email:sent', 'sms:sent']);
  });

  it('sends an urgent offer (under 30 minutes) by SMS whatever the quiet hours', async () => {
    const id = await trigger(15);
    const rows = await rowsOf(id);
    expect(rows.filter((r) => r.userId === nurseAsleep.id).map((r) => r.channel).sort()).toEqual(['email', 'sms']);
  });

  it('retries a message the gateway could not take, and gives up on a refused number', async () => {
    await deliver();
    const id = await trigger(15);
    gateway.respond = (request) => (request.body.includes('33611111111') ? json({ code: 'system_error', message: 'Service unavailable' }, 503) : json({ code: 'invalid_parameter', message: 'Invalid recipient' }, 400));
    await deliver();
    const rows = await rowsOf(id);
    const awake = rows.find((r) => r.userId === nurseAwake.id && r.channel === 'sms');
    expect(awake).toMatchObject({ status: 'pending', attempts: 1 });
    expect(awake?.nextAttemptAt.getTime()).toBeGreaterThan(clock.now().getTime());
    expect(awake?.lastError).not.toContain('33611111111');
    expect(rows.find((r) => r.userId === nurseAsleep.id && r.channel === 'sms')).toMatchObject({ status: 'failed', attempts: 1 });

    gateway.respond = () => json({ messageId: 7 }, 201);
    await deliver();
    expect((await rowsOf(id)).find((r) => r.id === awake?.id)?.status).toBe('pending');
    clock.advance(10_000);
    await deliver();
    expect((await rowsOf(id)).find((r) => r.id === awake?.id)).toMatchObject({ status: 'sent', attempts: 2, providerId: '7' });
  });

  it('informs the attending GP of the request and of its acceptance, and the requester of the acceptance', async () => {
    const { db } = t.database;
    const attending = await createProfessional(db, 'medecin_generaliste', places.corbeil, { rpps: '10000000024' });
    const patientId = (await gp.post('/api/patients', patientInput())).json().patient.id;
    expect((await gp.put(`/api/patients/${patientId}/usual-professionals/medecin_traitant`, { userId: attending.id })).statusCode).toBe(200);
    const id = (await gp.post('/api/care-request-batches', { patientId, requests: [requestBlock()] })).json().batch.requests[0].id;
    expect((await rowsOf(id)).filter((r) => r.userId === attending.id).map((r) => `${r.kind}:${r.channel}`)).toEqual(['attending_gp:email']);
    const nurse = await loginAs(t.app, (await db.select().from(users).where(eq(users.id, nurseAwake.id)))[0]?.email ?? '');
    expect((await nurse.post(`/api/care-requests/${id}/accept`)).statusCode).toBe(200);
    const accepted = (await rowsOf(id)).filter((r) => r.kind === 'accepted');
    expect(accepted.map((r) => r.userId).sort()).toEqual([attending.id, gpId].sort());
  });

  it('never enqueues the same message twice (idempotency key)', async () => {
    const id = await trigger(120);
    const rows = await rowsOf(id);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('tells the other offer holders "déjà pris en charge" by push, through a job of the acceptance', async () => {
    const { db } = t.database;
    const emailOf = async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0]?.email ?? '';
    const awake = await loginAs(t.app, await emailOf(nurseAwake.id));
    const device = browserSubscription();
    const endpoint = `https://fcm.googleapis.com/fcm/send/taken-${device.auth}`;
    expect((await awake.post('/api/push/subscriptions', { endpoint, expirationTime: null, keys: { p256dh: device.p256dh, auth: device.auth } })).statusCode).toBe(201);
    const id = await trigger(120);
    const asleep = await loginAs(t.app, await emailOf(nurseAsleep.id));
    expect((await asleep.post(`/api/care-requests/${id}/accept`)).statusCode).toBe(200);
    const taken = async () => (await rowsOf(id)).filter((r) => r.kind === 'taken');
    expect(await taken()).toEqual([]);
    expect(await runJobsOnce(t, clock)).toBe(1);
    const rows = await taken();
    expect(rows.map((r) => `${r.userId}:${r.channel}`)).toEqual([`${nurseAwake.id}:push`]);
    expect(rows[0]?.subject).toBe('Demande déjà prise en charge');
    expect(await runJobsOnce(t, clock)).toBe(0);
  });

  it('writes no offer message once the request is taken before its job runs', async () => {
    const patientId = (await gp.post('/api/patients', patientInput())).json().patient.id;
    const id: string = (await gp.post('/api/care-request-batches', { patientId, requests: [requestBlock()] })).json().batch.requests[0].id;
    const nurse = await loginAs(t.app, (await t.database.db.select().from(users).where(eq(users.id, nurseAwake.id)))[0]?.email ?? '');
    expect((await nurse.post(`/api/care-requests/${id}/accept`)).statusCode).toBe(200);
    expect(await runJobsOnce(t, clock)).toBeGreaterThanOrEqual(1);
    expect((await rowsOf(id)).filter((r) => r.kind === 'offer')).toEqual([]);
  });
});
