import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { anonymousClient, loginAs, type TestClient } from '../../../test/support/client.js';
import { createUser } from '../../../test/support/factories.js';
import { browserSubscription } from '../../../test/support/push-browser.js';
import { pushDb } from '../../../test/support/push-db.js';
import { MAX_DEVICES_PER_USER } from '../../app/push/index.js';
import { packageRoot } from '../../config/paths.js';

let counter = 0;
/** What `PushSubscription.toJSON()` gives in a browser. */
function subscriptionJson() {
  const browser = browserSubscription();
  counter += 1;
  return { endpoint: `https://fcm.googleapis.com/fcm/send/device-${counter}-${browser.auth}`, expirationTime: null, keys: { p256dh: browser.p256dh, auth: browser.auth } };
}

describe('push subscriptions API', () => {
  let t: TestApp;
  let alice: TestClient;
  let bob: TestClient;
  let aliceId: string;
  let bobId: string;

  const rowOf = async (endpoint: string) => (await pushDb(t.database.db).rowsOf(endpoint))[0];
  const deleteSubscription = (client: TestClient, endpoint: string) => client.request({ method: 'DELETE', url: '/api/push/subscriptions', payload: { endpoint } });

  beforeAll(async () => {
    t = await createTestApp();
    const a = await createUser(t.database.db);
    const b = await createUser(t.database.db, { profession: 'masseur_kinesitherapeute' });
    [aliceId, bobId] = [a.id, b.id];
    alice = await loginAs(t.app, a.email);
    bob = await loginAs(t.app, b.email);
  });
  afterAll(async () => t.close());

  it('answers 401 to a signed-out browser on every route', async () => {
    const anonymous = await anonymousClient(t.app);
    expect((await anonymous.get('/api/push/public-key')).statusCode).toBe(401);
    expect((await anonymous.get('/api/push/subscriptions')).statusCode).toBe(401);
    const post = await anonymous.post('/api/push/subscriptions', subscriptionJson());
    expect(post.statusCode).toBe(401);
    expect(post.json().code).toBe('auth.unauthenticated');
    expect((await deleteSubscription(anonymous, 'https://fcm.googleapis.com/fcm/send/x')).statusCode).toBe(401);
  });

  it('gives the VAPID public key (a 65-byte P-256 point, base64url)', async () => {
    const res = await alice.get('/api/push/public-key');
    expect(res.statusCode).toBe(200);
    const { publicKey } = res.json();
    expect(publicKey).toMatch(/^[\w-]{87}$/);
    expect(Buffer.from(publicKey, 'base64url')[0]).toBe(0x04);
  });

  it('subscribes this browser and lists it among the user’s devices', async () => {
    const sub = subscriptionJson();
    const res = await alice.request({ method: 'POST', url: '/api/push/subscriptions', payload: sub, headers: { 'user-agent': 'Mozilla/5.0 (Android 14) Chrome/130' } });
    expect(res.statusCode).toBe(201);
    const { subscription } = res.json();
    expect(subscription).toMatchObject({ endpoint: sub.endpoint, userAgent: 'Mozilla/5.0 (Android 14) Chrome/130' });
    expect(new Date(subscription.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await rowOf(sub.endpoint)).toMatchObject({ userId: aliceId, p256dh: sub.keys.p256dh, auth: sub.keys.auth });

    const list = await alice.get('/api/push/subscriptions');
    expect(list.json().subscriptions.map((d: { endpoint: string }) => d.endpoint)).toContain(sub.endpoint);
    expect((await bob.get('/api/push/subscriptions')).json().subscriptions.map((d: { endpoint: string }) => d.endpoint)).not.toContain(sub.endpoint);
  });

  it('refuses invalid subscriptions with French field messages', async () => {
    const sub = subscriptionJson();
    const res = await alice.post('/api/push/subscriptions', { endpoint: 'http://127.0.0.1:8080/x', keys: { p256dh: 'AAAA', auth: sub.keys.auth.slice(0, 10) } });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({
      code: 'validation.failed',
      message: 'Certains champs sont invalides. Corrigez-les puis réessayez.',
      fields: {
        endpoint: 'Adresse d’abonnement invalide : une URL https d’un service de notifications est attendue.',
        'keys.p256dh': 'Clé p256dh invalide : une clé publique P-256 non compressée (65 octets) en base64url est attendue.',
        'keys.auth': 'Secret auth invalide : 16 octets en base64url sont attendus.',
      },
    });

    const missing = await alice.post('/api/push/subscriptions', { endpoint: sub.endpoint });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().fields).toEqual({ keys: 'Ce champ est obligatoire.' });
    const tooLong = await alice.post('/api/push/subscriptions', { ...sub, endpoint: `https://push.example.com/${'x'.repeat(3000)}` });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().fields).toEqual({ endpoint: 'Valeur invalide.' });
    expect(await rowOf(sub.endpoint)).toBeUndefined();
  });

  it('re-subscribing an endpoint keeps one row, with the new keys; an endpoint of someone else moves to the current user', async () => {
    const sub = subscriptionJson();
    expect((await alice.post('/api/push/subscriptions', sub)).statusCode).toBe(201);
    const renewed = { ...sub, keys: { p256dh: browserSubscription().p256dh, auth: browserSubscription().auth } };
    expect((await alice.post('/api/push/subscriptions', renewed)).statusCode).toBe(201);
    expect(await pushDb(t.database.db).rowsOf(sub.endpoint)).toHaveLength(1);
    expect(await rowOf(sub.endpoint)).toMatchObject({ userId: aliceId, p256dh: renewed.keys.p256dh, auth: renewed.keys.auth });

    // Bob signs in on the same browser and turns notifications on: the device now notifies Bob only.
    expect((await bob.post('/api/push/subscriptions', renewed)).statusCode).toBe(201);
    expect(await rowOf(sub.endpoint)).toMatchObject({ userId: bobId });
    expect((await alice.get('/api/push/subscriptions')).json().subscriptions.map((d: { endpoint: string }) => d.endpoint)).not.toContain(sub.endpoint);
  });

  it('unsubscribes only one’s own endpoint, answering 204 either way', async () => {
    const sub = subscriptionJson();
    await alice.post('/api/push/subscriptions', sub);

    expect((await deleteSubscription(bob, sub.endpoint)).statusCode).toBe(204);
    expect(await rowOf(sub.endpoint)).toMatchObject({ userId: aliceId });

    expect((await deleteSubscription(alice, sub.endpoint)).statusCode).toBe(204);
    expect(await rowOf(sub.endpoint)).toBeUndefined();
    expect((await deleteSubscription(alice, sub.endpoint)).statusCode).toBe(204);

    const invalid = await alice.request({ method: 'DELETE', url: '/api/push/subscriptions', payload: {} });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().fields).toEqual({ endpoint: 'Ce champ est obligatoire.' });
  });

  it('refuses a write without the CSRF token', async () => {
    const res = await alice.request({ method: 'POST', url: '/api/push/subscriptions', payload: subscriptionJson(), headers: { 'x-csrf-token': '' } });
    expect(res.statusCode).toBe(403);
  });

  it(`keeps the ${MAX_DEVICES_PER_USER} most recent devices of a user`, async () => {
    const carol = await createUser(t.database.db);
    const client = await loginAs(t.app, carol.email);
    const endpoints: string[] = [];
    for (let i = 0; i < MAX_DEVICES_PER_USER + 2; i += 1) {
      const sub = subscriptionJson();
      endpoints.push(sub.endpoint);
      expect((await client.post('/api/push/subscriptions', sub)).statusCode).toBe(201);
      // "Most recent" is by subscription time, in milliseconds.
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const kept: string[] = (await client.get('/api/push/subscriptions')).json().subscriptions.map((d: { endpoint: string }) => d.endpoint);
    expect(kept).toHaveLength(MAX_DEVICES_PER_USER);
    expect(kept).toEqual(endpoints.slice(2).reverse());
  });
});

describe('service worker', () => {
  let t: TestApp;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'declic-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Déclic</title>');
    // Vite copies src/web/public as is into the build.
    copyFileSync(join(packageRoot(), 'src', 'web', 'public', 'sw.js'), join(webRoot, 'sw.js'));
    t = await createTestApp({ env: { WEB_ROOT: webRoot } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('is served at /sw.js as JavaScript, under a CSP that allows it (worker-src self)', async () => {
    const res = await t.app.inject('/sw.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.body).toContain("addEventListener('push'");
    expect(res.body).toContain("addEventListener('notificationclick'");
    const page = await t.app.inject('/');
    expect(String(page.headers['content-security-policy'])).toContain("worker-src 'self'");
  });
});
