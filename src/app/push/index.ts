import type { PushDeps } from './deps.js';
import type { PushService } from './service.js';
import { subscribe } from './subscribe.js';

export type { PushDeps } from './deps.js';
export type * from './ports.js';
export type { PushService } from './service.js';
export type { PushSubscriptionInput } from './validate.js';
export { MAX_DEVICES_PER_USER } from './subscribe.js';

/** Binds the push use cases to their ports. */
export function createPushService(deps: PushDeps): PushService {
  return {
    publicKey: () => deps.publicKey,
    subscribe: (userId, input, userAgent) => subscribe(deps, userId, input, userAgent),
    unsubscribe: (userId, endpoint) => deps.stores.pushSubscriptions.removeOwn(userId, endpoint.trim()),
    devices: (userId) => deps.stores.pushSubscriptions.listOf(userId),
  };
}
