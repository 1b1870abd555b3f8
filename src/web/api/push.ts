import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from './client.js';
import { useApi } from './context.js';
import { pushDeviceKey } from './keys.js';

/**
 * Web Push on this device: `on` when this browser's subscription is recorded
 * for the signed-in user, `off` when it may be turned on, `blocked` when the
 * browser refuses notifications to the site, `unsupported` without the APIs
 * (or outside https).
 */
export type PushDeviceStatus = 'unsupported' | 'blocked' | 'off' | 'on';

/** The service worker (src/web/public/sw.js), scope `/`. */
export const SERVICE_WORKER_URL = '/sw.js';

export function pushSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.isSecureContext &&
    'serviceWorker' in navigator &&
    'PushManager' in window &&
    'Notification' in window
  );
}

/** The bytes of a base64url text (the VAPID key as `applicationServerKey`). */
export function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function sameBytes(key: ArrayBuffer | null | undefined, expected: Uint8Array): boolean {
  if (!key) return false;
  const bytes = new Uint8Array(key);
  return bytes.length === expected.length && bytes.every((byte, i) => byte === expected[i]);
}

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration('/');
  return (await registration?.pushManager.getSubscription()) ?? null;
}

async function readStatus(api: ApiClient): Promise<PushDeviceStatus> {
  if (Notification.permission === 'denied') return 'blocked';
  const subscription = await currentSubscription();
  if (!subscription || Notification.permission !== 'granted') return 'off';
  // The browser may be subscribed for someone else (a shared workstation): ask the server whose it is.
  const { subscriptions } = await api.get<{ subscriptions: { endpoint: string }[] }>('/api/push/subscriptions');
  return subscriptions.some((device) => device.endpoint === subscription.endpoint) ? 'on' : 'off';
}

/** The user did not allow notifications (closed the prompt or refused). */
export class PushPermissionRefused extends Error {}

async function enable(api: ApiClient, permission: Promise<NotificationPermission>): Promise<void> {
  if ((await permission) !== 'granted') throw new PushPermissionRefused();
  await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' });
  const registration = await navigator.serviceWorker.ready;
  const { publicKey } = await api.get<{ publicKey: string }>('/api/push/public-key');
  const applicationServerKey = base64UrlToBytes(publicKey);
  let subscription = await registration.pushManager.getSubscription();
  if (subscription && !sameBytes(subscription.options.applicationServerKey, applicationServerKey)) {
    // Subscribed with an earlier server key: the browser will not subscribe again until it is dropped.
    await subscription.unsubscribe();
    subscription = null;
  }
  subscription ??= await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });
  await api.post('/api/push/subscriptions', subscription.toJSON());
}

async function disable(api: ApiClient): Promise<void> {
  const subscription = await currentSubscription();
  if (!subscription) return;
  await api.delete('/api/push/subscriptions', { endpoint: subscription.endpoint });
  await subscription.unsubscribe();
}

/**
 * At logout: this device stops receiving the user's notifications (a shared workstation, a lent
 * phone) — the server forgets its subscription and the browser drops it. Best effort: the logout
 * goes on whatever happens here.
 */
export async function forgetThisDevice(api: ApiClient): Promise<void> {
  if (!pushSupported()) return;
  await disable(api).catch(() => undefined);
}

/** This device's Web Push state for the signed-in user, and the actions that change it. */
export function usePushDevice(userId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const supported = pushSupported();
  const status = useQuery({
    queryKey: [...pushDeviceKey, userId],
    queryFn: () => readStatus(api),
    enabled: supported,
    staleTime: Infinity,
    retry: false,
  });
  const onSettled = () => queryClient.invalidateQueries({ queryKey: pushDeviceKey });
  const enableMutation = useMutation({ mutationFn: (permission: Promise<NotificationPermission>) => enable(api, permission), onSettled });
  const disableMutation = useMutation({ mutationFn: () => disable(api), onSettled });
  return {
    /** Undefined while it is being read. */
    status: supported ? status.data : ('unsupported' as const),
    /** Call from a click only: the permission prompt is asked right away, within the user's gesture. */
    enable: () => {
      enableMutation.reset();
      disableMutation.reset();
      enableMutation.mutate(Notification.requestPermission());
    },
    disable: () => {
      enableMutation.reset();
      disableMutation.reset();
      disableMutation.mutate();
    },
    enabling: enableMutation.isPending,
    disabling: disableMutation.isPending,
    error: enableMutation.error ?? disableMutation.error,
  };
}
