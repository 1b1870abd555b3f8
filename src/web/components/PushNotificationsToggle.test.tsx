import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider, createAppClients } from '../api/context.js';
import { base64UrlToBytes } from '../api/push.js';
import { useLogout } from '../api/session.js';
import { camille, fakeServer, session } from '../test-utils.js';
import { theme } from '../theme.js';
import { PushNotificationsToggle } from './PushNotificationsToggle.js';

const PUBLIC_KEY = `BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8`;
const ENDPOINT = 'https://fcm.googleapis.com/fcm/send/device-1';

/** A browser with the Push API, driven by the test: permission answer, current subscription, service worker. */
function fakeBrowser(options: { permission?: NotificationPermission; answer?: NotificationPermission; subscribedKey?: string } = {}) {
  const state = { permission: options.permission ?? 'default', registered: options.subscribedKey !== undefined };
  const subscription = (key: Uint8Array) => ({
    endpoint: ENDPOINT,
    options: { userVisibleOnly: true, applicationServerKey: key.buffer },
    unsubscribe: vi.fn(async () => {
      manager.current = null;
      return true;
    }),
    toJSON: () => ({ endpoint: ENDPOINT, expirationTime: null, keys: { p256dh: 'BCVxsr7N', auth: 'BTBZMqHH6r4Tts7J_aSIgg' } }),
  });
  const manager = {
    current: options.subscribedKey ? subscription(base64UrlToBytes(options.subscribedKey)) : (null as ReturnType<typeof subscription> | null),
    getSubscription: vi.fn(async () => manager.current),
    subscribe: vi.fn(async ({ applicationServerKey }: { applicationServerKey: Uint8Array; userVisibleOnly: boolean }) => (manager.current = subscription(applicationServerKey))),
  };
  const registration = { pushManager: manager };
  const serviceWorker = {
    register: vi.fn(async () => {
      state.registered = true;
      return registration;
    }),
    getRegistration: vi.fn(async () => (state.registered ? registration : undefined)),
    get ready() {
      return Promise.resolve(registration);
    },
  };
  const notification = {
    get permission() {
      return state.permission;
    },
    requestPermission: vi.fn(async () => {
      state.permission = options.answer ?? 'granted';
      return state.permission;
    }),
  };
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  Object.defineProperty(navigator, 'serviceWorker', { value: serviceWorker, configurable: true });
  Object.defineProperty(window, 'PushManager', { value: class {}, configurable: true });
  Object.defineProperty(window, 'Notification', { value: notification, configurable: true });
  return { manager, serviceWorker, notification };
}

function pushServer(known: string[] = []) {
  const endpoints = new Set(known);
  return fakeServer({
    'GET /api/session': session(camille),
    'GET /api/push/public-key': { status: 200, body: { publicKey: PUBLIC_KEY } },
    'GET /api/push/subscriptions': () => ({ status: 200, body: { subscriptions: [...endpoints].map((endpoint) => ({ id: 'd-1', endpoint, userAgent: null, createdAt: '2026-01-01T00:00:00Z' })) } }),
    'POST /api/push/subscriptions': (call) => {
      endpoints.add((call.body as { endpoint: string }).endpoint);
      return { status: 201, body: { subscription: { id: 'd-1', endpoint: ENDPOINT, userAgent: null, createdAt: '2026-01-01T00:00:00Z' } } };
    },
    'DELETE /api/push/subscriptions': (call) => {
      endpoints.delete((call.body as { endpoint: string }).endpoint);
      return { status: 204 };
    },
  });
}

function renderToggle(fetch: typeof globalThis.fetch) {
  return render(
    <MantineProvider theme={theme} env="test">
      <ApiProvider clients={createAppClients(fetch)}>
        <PushNotificationsToggle userId={camille.id} />
      </ApiProvider>
    </MantineProvider>,
  );
}

const enableButton = () => screen.findByRole('button', { name: 'Activer les notifications sur cet appareil' });

describe('PushNotificationsToggle', () => {
  beforeEach(() => {
    for (const name of ['serviceWorker'] as const) Reflect.deleteProperty(navigator, name);
    for (const name of ['PushManager', 'Notification', 'isSecureContext']) Reflect.deleteProperty(window, name);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows nothing, and asks nothing, where the browser cannot receive push messages', async () => {
    const server = pushServer();
    const { container } = renderToggle(server.fetch);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.querySelector('[data-testid="push-toggle"]')).toBeNull();
    expect(server.calls.filter((call) => call.path.startsWith('/api/push'))).toEqual([]);
  });

  it('asks the permission only on click, then registers /sw.js, subscribes with the VAPID key and sends the subscription', async () => {
    const browser = fakeBrowser();
    const server = pushServer();
    renderToggle(server.fetch);

    const button = await enableButton();
    expect(browser.notification.requestPermission).not.toHaveBeenCalled();
    expect(browser.serviceWorker.register).not.toHaveBeenCalled();

    fireEvent.click(button);
    expect(await screen.findByText('Notifications activées sur cet appareil')).toBeTruthy();
    expect(browser.notification.requestPermission).toHaveBeenCalledTimes(1);
    expect(browser.serviceWorker.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    const [{ applicationServerKey, userVisibleOnly }] = browser.manager.subscribe.mock.calls[0]!;
    expect(userVisibleOnly).toBe(true);
    expect([...applicationServerKey]).toEqual([...base64UrlToBytes(PUBLIC_KEY)]);
    expect(applicationServerKey).toHaveLength(65);
    expect([...applicationServerKey.slice(0, 3)]).toEqual([0x04, 0xfe, 0x33]);
    const post = server.calls.find((call) => call.method === 'POST' && call.path === '/api/push/subscriptions');
    expect(post?.body).toEqual({ endpoint: ENDPOINT, expirationTime: null, keys: { p256dh: 'BCVxsr7N', auth: 'BTBZMqHH6r4Tts7J_aSIgg' } });
    expect(post?.headers['x-csrf-token']).toBe('csrf-1');
  });

  it('shows "activées" for a subscription the server holds for this user; "Désactiver" forgets it on both sides', async () => {
    const browser = fakeBrowser({ permission: 'granted', subscribedKey: PUBLIC_KEY });
    const subscription = browser.manager.current!;
    const server = pushServer([ENDPOINT]);
    renderToggle(server.fetch);

    expect(await screen.findByText('Notifications activées sur cet appareil')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Désactiver les notifications sur cet appareil' }));
    await enableButton();
    const deletion = server.calls.find((call) => call.method === 'DELETE');
    expect(deletion).toMatchObject({ path: '/api/push/subscriptions', body: { endpoint: ENDPOINT } });
    expect(subscription.unsubscribe).toHaveBeenCalled();
  });

  it('offers the button when this browser is subscribed for someone else, and re-subscribes when the server key changed', async () => {
    const browser = fakeBrowser({ permission: 'granted', subscribedKey: `B${'A'.repeat(86)}` });
    const old = browser.manager.current!;
    const server = pushServer([]);
    renderToggle(server.fetch);

    fireEvent.click(await enableButton());
    expect(await screen.findByText('Notifications activées sur cet appareil')).toBeTruthy();
    expect(old.unsubscribe).toHaveBeenCalled();
    expect(browser.manager.subscribe).toHaveBeenCalledTimes(1);
  });

  it('says so when the user refuses, and when the browser blocks notifications', async () => {
    const browser = fakeBrowser({ answer: 'denied' });
    const server = pushServer();
    renderToggle(server.fetch);

    fireEvent.click(await enableButton());
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Notifications non autorisées : rien n’a été activé sur cet appareil.');
    expect(await screen.findByText(/Notifications bloquées dans ce navigateur/)).toBeTruthy();
    expect(browser.serviceWorker.register).not.toHaveBeenCalled();
    expect(server.calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('stops this device receiving the user’s notifications at logout, before the session ends', async () => {
    const browser = fakeBrowser({ permission: 'granted', subscribedKey: PUBLIC_KEY });
    const subscription = browser.manager.current!;
    const server = fakeServer({ 'POST /api/auth/logout': { status: 204 }, 'DELETE /api/push/subscriptions': { status: 204 }, 'GET /api/session': session(camille) });
    await logOut(server);
    const paths = server.calls.filter((call) => call.method !== 'GET').map((call) => `${call.method} ${call.path}`);
    expect(paths).toEqual(['DELETE /api/push/subscriptions', 'POST /api/auth/logout']);
    expect(server.calls.find((call) => call.method === 'DELETE')?.body).toEqual({ endpoint: ENDPOINT });
    expect(subscription.unsubscribe).toHaveBeenCalled();
  });

  it('logs out all the same where the device has no push subscription', async () => {
    fakeBrowser({ permission: 'granted' });
    const server = fakeServer({ 'POST /api/auth/logout': { status: 204 }, 'GET /api/session': session(camille) });
    await logOut(server);
    expect(server.calls.some((call) => call.method === 'DELETE')).toBe(false);
  });
});

/** Clicks a button running the logout action, as the header's does, and waits for the logout call. */
async function logOut(server: ReturnType<typeof fakeServer>) {
  render(
    <MantineProvider theme={theme} env="test">
      <ApiProvider clients={createAppClients(server.fetch)}>
        <LogoutButton />
      </ApiProvider>
    </MantineProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Se déconnecter' }));
  await waitFor(() => expect(server.calls.some((call) => call.path === '/api/auth/logout')).toBe(true));
}

function LogoutButton() {
  const logout = useLogout();
  return (
    <button type="button" onClick={() => logout.mutate()}>
      Se déconnecter
    </button>
  );
}
