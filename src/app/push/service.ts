import type { PushSubscriptionInput } from './validate.js';
import type { PushDevice } from './ports.js';

/** Web Push devices of the signed-in user (the HTTP layer checks who is signed in). */
export interface PushService {
  /** The VAPID public key (base64url) the browser subscribes with. */
  publicKey(): string;
  /** Records this browser for the user; an endpoint known for someone else moves to the user. Throws `validation.failed`. */
  subscribe(userId: string, input: PushSubscriptionInput, userAgent: string | null): Promise<PushDevice>;
  /** Forgets one of the user's devices; false when the endpoint is not theirs (nothing changes). */
  unsubscribe(userId: string, endpoint: string): Promise<boolean>;
  /** The user's devices, most recent first. */
  devices(userId: string): Promise<PushDevice[]>;
}
