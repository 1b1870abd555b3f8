import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browserSubscription, decryptAsBrowser, verifyVapid, type BrowserSubscription } from '../../../test/support/push-browser.js';
import { DeliveryFailure, type PushPayload, type PushTarget } from '../../app/notifications/ports.js';
import { generateVapidKeys } from './vapid.js';
import { createWebPushSender, topicOf } from './web-push-sender.js';

/** A push service on the loopback (port 0): records each request and answers what the test says, or never. */
interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let server: Server;
let origin: string;
let received: Received[] = [];
let answer: { status: number; body?: string } | 'hang' = { status: 201 };

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) });
      if (answer === 'hang') return;
      response.writeHead(answer.status, { 'content-type': 'text/plain' });
      response.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  received = [];
  answer = { status: 201 };
});

const keys = generateVapidKeys();
const sender = createWebPushSender({ keys, subject: 'mailto:support@declic.example', timeoutMs: 300 });
const payload: PushPayload = {
  title: 'Nouvelle demande de prise en charge',
  body: 'Pansement à domicile — Évry-Courcouronnes, dans les 2 h',
  url: '/offres/0b6f1c1e',
  tag: 'offer:0b6f1c1e',
};
const options = { ttlSeconds: 3600, urgency: 'high' } as const;

function target(browser: BrowserSubscription, path = '/push/abc'): PushTarget {
  return { endpoint: `${origin}${path}`, p256dh: browser.p256dh, auth: browser.auth };
}

async function failureOf(promise: Promise<unknown>): Promise<DeliveryFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DeliveryFailure)) throw new Error(`expected a DeliveryFailure, got ${String(error)}`);
  expect(error.message).not.toContain(payload.body);
  expect(error.message).not.toContain(payload.title);
  return error;
}

describe('Web Push sender against a push service', () => {
  it('POSTs the encrypted payload with VAPID, TTL, Urgency, Topic and aes128gcm; the browser decrypts it', async () => {
    const browser = browserSubscription();
    await sender.send(target(browser, '/push/abc?x=1'), payload, options);

    expect(received).toHaveLength(1);
    const [request] = received as [Received];
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/push/abc?x=1');
    expect(request.headers['content-encoding']).toBe('aes128gcm');
    expect(request.headers['content-type']).toBe('application/octet-stream');
    expect(request.headers.ttl).toBe('3600');
    expect(request.headers.urgency).toBe('high');
    expect(request.headers.topic).toBe(topicOf(payload.tag));
    expect(request.headers.topic).toMatch(/^[\w-]{32}$/);
    expect(Number(request.headers['content-length'])).toBe(request.body.length);

    const vapid = verifyVapid(String(request.headers.authorization));
    expect(vapid.publicKey).toBe(keys.publicKey);
    expect(vapid.claims.aud).toBe(origin);
    expect(vapid.claims.sub).toBe('mailto:support@declic.example');
    const exp = Number(vapid.claims.exp);
    expect(exp).toBeGreaterThan(Date.now() / 1000);
    expect(exp).toBeLessThanOrEqual(Date.now() / 1000 + 24 * 3600);

    const message = JSON.parse(decryptAsBrowser(request.body, browser.privateKey, browser.authSecret).toString('utf8'));
    expect(message).toEqual(payload);
    expect(request.body.includes(Buffer.from(payload.title))).toBe(false);
  });

  it('sends urgency normal and a TTL of 0 as given', async () => {
    await sender.send(target(browserSubscription()), payload, { ttlSeconds: 0, urgency: 'normal' });
    expect(received[0]?.headers.ttl).toBe('0');
    expect(received[0]?.headers.urgency).toBe('normal');
  });

  it('takes 201 and 202 as delivered', async () => {
    answer = { status: 202 };
    await expect(sender.send(target(browserSubscription()), payload, options)).resolves.toBeUndefined();
  });

  it('reports 410 and 404 as gone (permanent): the subscription is to be forgotten', async () => {
    for (const status of [410, 404]) {
      answer = { status, body: 'push subscription has unsubscribed or expired.\n' };
      const failure = await failureOf(sender.send(target(browserSubscription()), payload, options));
      expect(failure).toMatchObject({ permanent: true, gone: true });
      expect(failure.message).toContain(`${origin} answered ${status} push subscription has unsubscribed or expired.`);
    }
  });

  it('reports 429 and 503 as retryable', async () => {
    for (const status of [429, 503, 500]) {
      answer = { status };
      expect(await failureOf(sender.send(target(browserSubscription()), payload, options))).toMatchObject({ permanent: false, gone: false });
    }
  });

  it('reports 400, 401, 403 and 413 as permanent, the subscription kept', async () => {
    for (const status of [400, 401, 403, 413]) {
      answer = { status, body: 'refused' };
      expect(await failureOf(sender.send(target(browserSubscription()), payload, options))).toMatchObject({ permanent: true, gone: false });
    }
  });

  it('does not follow a redirect', async () => {
    answer = { status: 307 };
    expect(await failureOf(sender.send(target(browserSubscription()), payload, options))).toMatchObject({ permanent: true, gone: false });
    expect(received).toHaveLength(1);
  });

  it('gives up on a push service that does not answer within PUSH_TIMEOUT_MS, retryable', async () => {
    answer = 'hang';
    const started = Date.now();
    const failure = await failureOf(sender.send(target(browserSubscription()), payload, options));
    expect(failure).toMatchObject({ permanent: false, gone: false });
    expect(failure.message).toContain('did not answer within 300 ms');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('reports an unreachable push service as retryable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const browser = browserSubscription();
    const failure = await failureOf(sender.send({ endpoint: `http://127.0.0.1:${port}/push`, p256dh: browser.p256dh, auth: browser.auth }, payload, options));
    expect(failure).toMatchObject({ permanent: false, gone: false });
    expect(failure.message).toMatch(/unreachable \(ECONNREFUSED\)/);
  });

  it('refuses without sending a payload too large, or a subscription whose keys are unusable (gone)', async () => {
    const browser = browserSubscription();
    const tooLarge = await failureOf(sender.send(target(browser), { ...payload, body: 'x'.repeat(4000) }, options));
    expect(tooLarge).toMatchObject({ permanent: true, gone: false });
    const badKeys = await failureOf(sender.send({ ...target(browser), p256dh: Buffer.alloc(65, 4).toString('base64url') }, payload, options));
    expect(badKeys).toMatchObject({ permanent: true, gone: true });
    expect(received).toHaveLength(0);
  });

  it('exposes the VAPID public key for the browsers', () => {
    expect(sender.publicKey).toBe(keys.publicKey);
  });
});
