import type { PushSender } from '../../app/notifications/ports.js';
import type { PushDeps, PushStores } from '../../app/push/index.js';
import type { Config } from '../../config/index.js';
import type { Db } from '../db/client.js';
import { createSettingStore } from '../db/stores/app-settings.js';
import { createPushSubscriptionStore } from '../db/stores/push-subscriptions.js';
import { loadVapidKeys } from './keys.js';
import { createWebPushSender } from './web-push-sender.js';

export { createWebPushSender } from './web-push-sender.js';
export { generateVapidKeys, type VapidKeys } from './vapid.js';

/** The push adapters: the subscription store, the VAPID public key and the Web Push sender the outbox worker uses. */
export interface PushAdapters {
  readonly deps: Omit<PushDeps, 'clock'>;
  readonly sender: PushSender;
}

/** Loads (or generates, on first start) the VAPID key pair and builds the sender. */
export async function createPushAdapters(config: Config, db: Db): Promise<PushAdapters> {
  const keys = await loadVapidKeys(config.push.vapid, createSettingStore(db));
  const stores: PushStores = { pushSubscriptions: createPushSubscriptionStore(db) };
  const sender = createWebPushSender({ keys, subject: config.push.subject, timeoutMs: config.push.timeoutMs });
  return { deps: { stores, publicKey: keys.publicKey }, sender };
}
