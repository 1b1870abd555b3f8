import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { json, startFakeSmsGateway, type FakeSmsGateway, type GatewayReply, type GatewayRequest } from '../../../test/support/fake-sms-gateway.js';
import { DeliveryFailure } from '../../app/notifications/ports.js';
import { OvhSmsSender, type OvhSmsOptions } from './ovh.js';

const AK = 'ak7Yq2LmZ0pX';
const AS = 'as3Ff9QwRt8Vb1Nc';
const CK = 'ck5Hh4JkLp0Oi9Uy';
const SERVICE = 'sms-ab12345-1';
const TO = '+33612345678';
const TEXT = 'Déclic : nouvelle demande de prise en charge près de chez vous. Répondez sur declic.fr';

/** OVH's clock, 1234 s ahead of ours. */
let serverTime = 1_800_000_000;
const localNow = (): number => (1_800_000_000 - 1234) * 1000;

let fake: FakeSmsGateway;
/** What the jobs endpoint answers once the request is authenticated. */
let jobs: (body: Record<string, unknown>) => GatewayReply;

const ovhError = (status: number, message: string, errorCode?: string): GatewayReply =>
  json({ class: 'Client::Error', message, ...(errorCode ? { errorCode, httpCode: `${status}` } : {}) }, status);

/** The OVH API as far as SMS go: /auth/time, and /sms/{service}/jobs checking keys, timestamp and signature. */
function ovh(request: GatewayRequest): GatewayReply {
  if (request.method === 'GET' && request.path === '/1.0/auth/time') return json(serverTime);
  if (request.method !== 'POST' || request.path !== `/1.0/sms/${SERVICE}/jobs`) return ovhError(404, 'Got an invalid (or empty) URL');
  const header = (name: string): string => String(request.headers[name] ?? '');
  if (header('x-ovh-application') !== AK) return ovhError(403, 'This application key is invalid', 'INVALID_KEY');
  if (header('x-ovh-consumer') !== CK) return ovhError(403, 'This credential does not exist', 'INVALID_CREDENTIAL');
  const timestamp = Number(header('x-ovh-timestamp'));
  if (!Number.isInteger(timestamp) || Math.abs(timestamp - serverTime) > 180) return ovhError(400, 'Query out of time', 'QUERY_TIME_OUT');
  const signed = [AS, CK, 'POST', `${fake.url}${request.url}`, request.body, header('x-ovh-timestamp')].join('+');
  if (header('x-ovh-signature') !== `$1$${createHash('sha1').update(signed, 'utf8').digest('hex')}`) return ovhError(400, 'Invalid signature', 'INVALID_SIGNATURE');
  if (!header('content-type').startsWith('application/json')) return ovhError(400, 'Invalid content type');
  return jobs(JSON.parse(request.body) as Record<string, unknown>);
}

const accepted = (body: Record<string, unknown>): GatewayReply =>
  json({ totalCreditsRemoved: 1, invalidReceivers: [], validReceivers: body.receivers, ids: [265_142_778], tag: '' });

const senderWith = (options: Partial<OvhSmsOptions> = {}): OvhSmsSender =>
  new OvhSmsSender({
    endpoint: fake.url,
    applicationKey: AK,
    applicationSecret: AS,
    consumerKey: CK,
    serviceName: SERVICE,
    sender: 'DECLIC',
    timeoutMs: 300,
    now: localNow,
    ...options,
  });

/** The failure of a send, checked to carry neither the number nor the text. */
async function failureOf(promise: Promise<unknown>): Promise<DeliveryFailure> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryFailure);
  const failure = error as DeliveryFailure;
  expect(failure.message).not.toMatch(/612345678|Déclic|prise en charge/);
  return failure;
}

const jobRequests = (): GatewayRequest[] => fake.requests.filter((r) => r.path.endsWith('/jobs'));
const timeRequests = (): GatewayRequest[] => fake.requests.filter((r) => r.path === '/1.0/auth/time');

beforeAll(async () => {
  fake = await startFakeSmsGateway(ovh);
});
afterAll(async () => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.respond = ovh;
  jobs = accepted;
  serverTime = 1_800_000_000;
});

describe('OvhSmsSender', () => {
  it('posts a signed job with OVH’s time and answers the job id', async () => {
    const result = await senderWith().send({ to: TO, text: 'Declic : nouvelle demande pres de chez vous.' });
    expect(result).toEqual({ providerId: '265142778' });
    const [job] = jobRequests();
    expect(job?.method).toBe('POST');
    expect(job?.path).toBe(`/1.0/sms/${SERVICE}/jobs`);
    expect(job?.headers['x-ovh-timestamp']).toBe(String(serverTime));
    expect(JSON.parse(job?.body ?? '{}')).toEqual({
      message: 'Declic : nouvelle demande pres de chez vous.',
      receivers: [TO],
      sender: 'DECLIC',
      senderForResponse: false,
      noStopClause: true,
      charset: 'UTF-8',
      coding: '7bit',
      priority: 'high',
      validityPeriod: 2880,
    });
  });

  it('signs a UTF-8 body and codes a text outside the GSM alphabet in 8 bits', async () => {
    await senderWith().send({ to: TO, text: 'Rendez-vous à 14 h, ça vous va ? L’équipe' });
    expect(JSON.parse(jobRequests()[0]?.body ?? '{}')).toMatchObject({ message: 'Rendez-vous à 14 h, ça vous va ? L’équipe', coding: '8bit' });
    await senderWith().send({ to: TO, text: 'Évry : à 14 h (prévoir 10 €)' });
    expect(JSON.parse(jobRequests()[1]?.body ?? '{}')).toMatchObject({ coding: '7bit' });
  });

  it('asks OVH’s time once, even for sends running together', async () => {
    const sender = senderWith();
    await Promise.all([sender.send({ to: TO, text: TEXT }), sender.send({ to: TO, text: TEXT }), sender.send({ to: TO, text: TEXT })]);
    await sender.send({ to: TO, text: TEXT });
    expect(timeRequests()).toHaveLength(1);
    expect(jobRequests()).toHaveLength(4);
  });

  it('retries after a stale timestamp, asking OVH’s time again', async () => {
    const sender = senderWith();
    await sender.send({ to: TO, text: TEXT });
    serverTime += 900;
    const failure = await failureOf(sender.send({ to: TO, text: TEXT }));
    expect(failure.permanent).toBe(false);
    expect(failure.message).toContain('QUERY_TIME_OUT');
    expect(await sender.send({ to: TO, text: TEXT })).toEqual({ providerId: '265142778' });
    expect(timeRequests()).toHaveLength(2);
  });

  it('fails for good on a receiver OVH refuses, without the number', async () => {
    jobs = () => json({ totalCreditsRemoved: 0, invalidReceivers: [TO], validReceivers: [], ids: [], tag: '' });
    const failure = await failureOf(senderWith().send({ to: TO, text: TEXT }));
    expect(failure.permanent).toBe(true);
    expect(failure.message).toMatch(/invalidReceivers/);
  });

  it('fails for good on a 400, keeping the error but masking a number it repeats', async () => {
    jobs = () => ovhError(400, `Invalid receiver ${TO} for ${TEXT}`);
    const failure = await failureOf(senderWith().send({ to: TO, text: TEXT }));
    expect(failure.permanent).toBe(true);
    expect(failure.message).toBe('ovh: HTTP 400 — Invalid receiver […] for […]');
  });

  it('fails for good on bad credentials: unknown consumer key, wrong secret, 401, unknown account', async () => {
    const unknown = await failureOf(senderWith({ consumerKey: 'ck-revoked' }).send({ to: TO, text: TEXT }));
    expect(unknown).toMatchObject({ permanent: true, message: 'ovh: HTTP 403 INVALID_CREDENTIAL — This credential does not exist' });
    const badSecret = await failureOf(senderWith({ applicationSecret: 'wrong' }).send({ to: TO, text: TEXT }));
    expect(badSecret).toMatchObject({ permanent: true, message: 'ovh: HTTP 400 INVALID_SIGNATURE — Invalid signature' });
    jobs = () => ovhError(401, 'You must login first', 'NOT_AUTHENTICATED');
    expect(await failureOf(senderWith().send({ to: TO, text: TEXT }))).toMatchObject({ permanent: true, message: expect.stringContaining('HTTP 401') as unknown });
    const noService = await failureOf(senderWith({ serviceName: 'sms-zz99999-9' }).send({ to: TO, text: TEXT }));
    expect(noService).toMatchObject({ permanent: true, message: expect.stringContaining('HTTP 404') as unknown });
  });

  it('retries on 429, 503 and an unreadable answer', async () => {
    jobs = () => ovhError(429, 'Too many requests');
    expect((await failureOf(senderWith().send({ to: TO, text: TEXT }))).permanent).toBe(false);
    jobs = () => ({ kind: 'raw', status: 503, body: '<html><body>Service Unavailable</body></html>' });
    expect(await failureOf(senderWith().send({ to: TO, text: TEXT }))).toMatchObject({ permanent: false, message: 'ovh: HTTP 503' });
    jobs = () => ({ kind: 'raw', status: 200, body: '{"ids":[2651', contentType: 'application/json' });
    expect(await failureOf(senderWith().send({ to: TO, text: TEXT }))).toMatchObject({ permanent: false, message: 'ovh: HTTP 200 with an unreadable body' });
    jobs = () => json({ totalCreditsRemoved: 0, invalidReceivers: [], validReceivers: [], ids: [] });
    expect((await failureOf(senderWith().send({ to: TO, text: TEXT }))).permanent).toBe(false);
  });

  it('retries when OVH’s time cannot be read, and asks it again next time', async () => {
    fake.respond = (request) => (request.path === '/1.0/auth/time' ? json('soon') : ovh(request));
    expect((await failureOf(senderWith().send({ to: TO, text: TEXT }))).permanent).toBe(false);
    const sender = senderWith();
    fake.respond = (request) => (request.path === '/1.0/auth/time' ? { kind: 'raw', status: 502, body: 'Bad Gateway' } : ovh(request));
    expect((await failureOf(sender.send({ to: TO, text: TEXT }))).permanent).toBe(false);
    fake.respond = ovh;
    expect(await sender.send({ to: TO, text: TEXT })).toEqual({ providerId: '265142778' });
  });

  it('gives up after the timeout, on the time, on the job, or mid-body, and retries later', async () => {
    for (const hanging of ['/1.0/auth/time', `/1.0/sms/${SERVICE}/jobs`]) {
      fake.respond = (request) => (request.path === hanging ? { kind: 'hang' } : ovh(request));
      const started = Date.now();
      const failure = await failureOf(senderWith().send({ to: TO, text: TEXT }));
      expect(failure).toMatchObject({ permanent: false, message: 'ovh: no answer within 300 ms' });
      expect(Date.now() - started).toBeLessThan(2000);
    }
    jobs = () => ({ kind: 'stall' });
    expect(await failureOf(senderWith().send({ to: TO, text: TEXT }))).toMatchObject({ permanent: false, message: 'ovh: no answer within 300 ms' });
  });

  it('retries when the API cannot be reached', async () => {
    const closed = await startFakeSmsGateway();
    await closed.close();
    const failure = await failureOf(senderWith({ endpoint: closed.url }).send({ to: TO, text: TEXT }));
    expect(failure).toMatchObject({ permanent: false, message: 'ovh: network error (ECONNREFUSED)' });
  });
});
