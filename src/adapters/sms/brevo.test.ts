import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { json, startFakeSmsGateway, type FakeSmsGateway, type GatewayReply, type GatewayRequest } from '../../../test/support/fake-sms-gateway.js';
import { DeliveryFailure } from '../../app/notifications/ports.js';
import { BrevoSmsSender, type BrevoSmsOptions } from './brevo.js';

const API_KEY = 'xkeysib-0123456789abcdef-Zz9Yy8Xx';
const TO = '+262692123456';
const TEXT = 'Déclic : nouvelle demande de prise en charge près de chez vous. Répondez sur declic.fr';

let fake: FakeSmsGateway;
/** What the send endpoint answers once the request is authenticated and well-formed. */
let sendReply: (body: Record<string, unknown>) => GatewayReply;

const brevoError = (status: number, code: string, message: string): GatewayReply => json({ code, message }, status);

/** Brevo's POST /v3/transactionalSMS/send: api-key, JSON, the required fields. */
function brevo(request: GatewayRequest): GatewayReply {
  if (request.method !== 'POST' || request.path !== '/v3/transactionalSMS/send') return brevoError(404, 'not_found', 'Invalid route');
  if (request.headers['api-key'] !== API_KEY) return brevoError(401, 'unauthorized', 'Key not found');
  if (!String(request.headers['content-type']).startsWith('application/json')) return brevoError(415, 'unsupported_media_type', 'Content-Type must be application/json');
  const body = JSON.parse(request.body) as Record<string, unknown>;
  for (const field of ['sender', 'recipient', 'content']) {
    if (typeof body[field] !== 'string' || body[field] === '') return brevoError(400, 'missing_parameter', `${field} is missing`);
  }
  return sendReply(body);
}

const senderWith = (options: Partial<BrevoSmsOptions> = {}): BrevoSmsSender =>
  new BrevoSmsSender({ url: fake.url, apiKey: API_KEY, sender: 'DECLIC', timeoutMs: 300, ...options });

async function failureOf(promise: Promise<unknown>): Promise<DeliveryFailure> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryFailure);
  const failure = error as DeliveryFailure;
  expect(failure.message).not.toMatch(/692123456|Déclic|prise en charge/);
  return failure;
}

beforeAll(async () => {
  fake = await startFakeSmsGateway(brevo);
});
afterAll(async () => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.respond = brevo;
  sendReply = () => json({ messageId: 1511882900176220 }, 201);
});

describe('BrevoSmsSender', () => {
  it('posts a transactional SMS with the api-key, the number without its +, and answers the messageId', async () => {
    expect(await senderWith().send({ to: TO, text: 'Declic : nouvelle demande.' })).toEqual({ providerId: '1511882900176220' });
    const [request] = fake.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v3/transactionalSMS/send');
    expect(request?.headers['api-key']).toBe(API_KEY);
    expect(JSON.parse(request?.body ?? '{}')).toEqual({
      sender: 'DECLIC',
      recipient: '262692123456',
      content: 'Declic : nouvelle demande.',
      type: 'transactional',
      unicodeEnabled: false,
    });
  });

  it('sends a text outside the GSM alphabet as Unicode, so accents are kept', async () => {
    await senderWith().send({ to: TO, text: 'Mme Dupont vous rappelle : ça vous va ?' });
    expect(JSON.parse(fake.requests[0]?.body ?? '{}')).toMatchObject({ content: 'Mme Dupont vous rappelle : ça vous va ?', unicodeEnabled: true });
  });

  it('fails for good on an invalid number, a bad key or no credits, with Brevo’s code and no number', async () => {
    sendReply = () => brevoError(400, 'invalid_parameter', `Invalid phone number ${TO.slice(1)}`);
    expect(await failureOf(senderWith().send({ to: TO, text: TEXT }))).toMatchObject({ permanent: true, message: 'brevo: HTTP 400 invalid_parameter — Invalid phone number […]' });
    expect(await failureOf(senderWith({ apiKey: 'xkeysib-revoked' }).send({ to: TO, text: TEXT }))).toMatchObject({
      permanent: true,
      message: 'brevo: HTTP 401 unauthorized — Key not found',
    });
    sendReply = () => brevoError(402, 'not_enough_credits', 'Not enough credits');
    expect((await failureOf(senderWith().send({ to: TO, text: TEXT }))).permanent).toBe(true);
  });

  it('retries on 429, 503, an unreadable answer and an answer with no messageId', async () => {
    sendReply = () => brevoError(429, 'too_many_requests', 'Too many requests');
    expect(await failureOf(senderWith().send({ to: TO, text: TEXT }))).toMatchObject({ permanent: false, message: 'brevo: HTTP 429 too_many_requests — Too many requests' });
    sendReply = () => ({ kind: 'raw', status: 503, body: '<html>503 Service Temporarily Unavailable</html>' });
    expect(await failureOf(senderWith().send({ to: TO, text: TEXT }))).toMatchObject({ permanent: false, message: 'brevo: HTTP 503' });
    sendReply = () => ({ kind: 'raw', status: 201, body: '{"messageId":', contentType: 'application/json' });
    expect(await failureOf(senderWith().send({ to: TO, text: TEXT }))).toMatchObject({ permanent: false, message: 'brevo: HTTP 201 with an unreadable body' });
    sendReply = () => json({}, 201);
    expect((await failureOf(senderWith().send({ to: TO, text: TEXT }))).permanent).toBe(false);
  });

  it('gives up after the timeout and retries later', async () => {
    sendReply = () => ({ kind: 'hang' });
    const started = Date.now();
    expect(await failureOf(senderWith().send({ to: TO, text: TEXT }))).toMatchObject({ permanent: false, message: 'brevo: no answer within 300 ms' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('retries when Brevo cannot be reached', async () => {
    const closed = await startFakeSmsGateway();
    await closed.close();
    expect(await failureOf(senderWith({ url: closed.url }).send({ to: TO, text: TEXT }))).toMatchObject({ permanent: false, message: 'brevo: network error (ECONNREFUSED)' });
  });
});
