import type { PushDeps } from './deps.js';
import type { PushDevice } from './ports.js';
import { validatePushSubscription, type PushSubscriptionInput } from './validate.js';

/** Devices kept per user: subscribing one more forgets the oldest. */
export const MAX_DEVICES_PER_USER = 10;

const USER_AGENT_MAX = 300;

/**
 * Records this browser's subscription for the user: one row per endpoint, so
 * re-subscribing refreshes the keys, and a browser someone else had
 * subscribed (a shared workstation) now notifies only this user.
 * Throws `validation.failed` (`endpoint`, `keys.p256dh`, `keys.auth`).
 */
export async function subscribe(deps: PushDeps, userId: string, input: PushSubscriptionInput, userAgent: string | null): Promise<PushDevice> {
  const target = validatePushSubscription(input);
  const device = await deps.stores.pushSubscriptions.save(userId, { ...target, userAgent: userAgent?.slice(0, USER_AGENT_MAX) || null }, deps.clock.now());
  await deps.stores.pushSubscriptions.prune(userId, MAX_DEVICES_PER_USER);
  return device;
}
