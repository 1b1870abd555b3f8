import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { json, startFakeSmsGateway, type FakeSmsGateway, type GatewayReply, type GatewayRequest } from '../../../test/support/fake-sms-gateway.js';
import { DeliveryFailure } from '../../app/notifications/ports.js';
import { TwilioSmsSender, type TwilioSmsOptions } from './twilio.js';

const SID = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'f00dcafe0123456789abcdef01234567';
const SERVICE_SID = 'MG0123456789abcdef0123456789abcdef';
const TO = '+596696123456';
const TEXT = 'Déclic : nouvelle demande de prise en charge près de chez vous. Répondez sur declic.fr';

let fake: FakeSmsGateway;
/** What Messages.json answers once the request is authenticated and well-formed. */
let create: (form: URLSearchParams) => GatewayReply;

const twilioError = (status: number, code: number, message: string): GatewayReply =>
  json({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }, status);

/** Twilio's POST /2010-04-01/Accounts/{sid}/Messages.json: Basic auth, form encoding, To + Body + a sender. */
function twilio(request: GatewayRequest): GatewayReply {
  const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(request.path);
  if (request.method !== 'POST' || !match) return twilioError(404, 20404, 'The requested resource was not found');
  const [user, password] = Buffer.from(String(request.headers.authorization).replace(/^Basic /, ''), 'base64').toString('utf8').split(':');
  if (!String(request.headers.authorization).startsWith('Basic ') || user !== SID || password !== TOKEN || match[1] !== SID) {
    return twilioError(401, 20003, 'Authenticate');
  }
  if (request.headers['content-type'] !== 'application/x-www-form-urlencoded') return twilioError(400, 21601, 'Content type is not form encoded');
  const form = new URLSearchParams(request.body);
  if (!form.get('To')) return twilioError(400, 21604, "A 'To' phone number is required.");
  if (!form.get('Body')) return twilioError(400, 21602, 'Message body is required.');
  if (!form.get('From') && !form.get('MessagingServiceSid')) return twilioError(400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required to send a message.");
  return create(form);
}

const created = (form: URLSearchParams): GatewayReply =>
  json({ sid: 'SM1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c', status: 'queued', to: form.get('To'), body: form.get('Body'), error_code: null }, 201);

const senderWith = (options: Partial<TwilioSmsOptions> = {}): TwilioSmsSender =>
  new TwilioSmsSender({ url: fake.url, accountSid: SID, authToken: TOKEN, from: 'DECLIC', messagingServiceSid: undefined, timeoutMs: 300, ...options });

async function failureOf(promise: Promise<unknown>): Promise<DeliveryFailure> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryFailure);
  const failure = error as DeliveryFailure;
  expect(failure.message).not.toMatch(/696123456|Déclic|prise en charge/);
  return failure;
}

beforeAll(async () => {
  fake = await startFakeSmsGateway(twilio);
});
afterAll(async () => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.respond = twilio;
  create = created;
});

describe('TwilioSmsSender', () => {
  it('posts a form-encoded message with Basic auth and answers the message sid', async () => {
    const text = 'Déclic : 2 passages/j & soins à 8h+20h = ok ?\nRépondez.';
    expect(await senderWith().send({ to: TO, text })).toEqual({ providerId: 'SM1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c' });
    const [request] = fake.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe(`/2010-04-01/Accounts/${SID}/Messages.json`);
    expect(request?.headers.authorization).toBe(`Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`);
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({ To: TO, From: 'DECLIC', Body: text });
  });

  it('sends through a Messaging Service when one is configured', async () => {
    await senderWith({ from: undefined, messagingServiceSid: SERVICE_SID }).send({ to: TO, text: TEXT });
    expect(Object.fromEntries(new URLSearchParams(fake.requests[0]?.body))).toEqual({ To: TO, MessagingServiceSid: SERVICE_SID, Body: TEXT });
  });

  it('fails for good on an invalid number (21211), without the number Twilio repeats', async () => {
    create = (form) => twilioError(400, 21211, `The 'To' number ${form.get('To') ?? ''} is not a valid phone number.`);
    const failure = await failureOf(senderWith().send({ to: TO, text: TEXT }));
    expect(failure).toMatchObject({ permanent: true, message: "twilio: HTTP 400 21211 — The 'To' number […] is not a valid phone number." });
  });

  it('fails for good on bad credentials (20003)', async () => {
    const failure = await failureOf(senderWith({ authToken: 'revoked' }).send({ to: TO, text: TEXT }));
    expect(failure).toMatchObject({ permanent: true, message: 'twilio: HTTP 401 20003 — Authenticate' });
  });

  it('retries on 429, 503, a full sender queue (21611), an unreadable answer and an answer with no sid', async () => {
    create = () => twilioError(429, 20429, 'Too Many Requests');
    expect(await failureOf(senderWith().send({ to: TO, text: TEXT }))).toMatchObject({ permanent: false, message: 'twilio: HTTP 429 20429 — Too Many Requests' });
    create = () => twilioError(503, 20503, 'Service Unavailable');
    expect((await failureOf(senderWith().send({ to: TO, text: TEXT }))).permanent).toBe(false);
    create = () => twilioError(400, 21611, "This 'From' number has exceeded the maximum number of queued messages");
    expect((await failureOf(senderWith().send({ to: TO, text: TEXT }))).permanent).toBe(false);
    create = () => ({ kind: 'raw', status: 201, body: '<Response>', contentType: 'application/json' });
    expect(await failureOf(senderWith().send({ to: TO, text: TEXT }))).toMatchObject({ permanent: false, message: 'twilio: HTTP 201 with an unreadable body' });
    create = () => json({ status: 'queued' }, 201);
    expect((await failureOf(senderWith().send({ to: TO, text: TEXT }))).permanent).toBe(false);
  });

  it('gives up after the timeout, or mid-body, and retries later', async () => {
    create = () => ({ kind: 'hang' });
    const started = Date.now();
    expect(await failureOf(senderWith().send({ to: TO, text: TEXT }))).toMatchObject({ permanent: false, message: 'twilio: no answer within 300 ms' });
    expect(Date.now() - started).toBeLessThan(2000);
    create = () => ({ kind: 'stall' });
    expect((await failureOf(senderWith().send({ to: TO, text: TEXT }))).permanent).toBe(false);
  });

  it('retries when Twilio cannot be reached', async () => {
    const closed = await startFakeSmsGateway();
    await closed.close();
    expect(await failureOf(senderWith({ url: closed.url }).send({ to: TO, text: TEXT }))).toMatchObject({ permanent: false, message: 'twilio: network error (ECONNREFUSED)' });
  });

  it('refuses to be built without a sender', () => {
    expect(() => senderWith({ from: undefined, messagingServiceSid: undefined })).toThrow(/From/);
  });
});
