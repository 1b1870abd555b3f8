import type { PushTarget } from '../notifications/ports.js';

/** One device (browser) of a user that receives Web Push notifications. */
export interface PushDevice {
  readonly id: string;
  readonly endpoint: string;
  /** The browser's User-Agent when it subscribed, to tell devices apart. */
  readonly userAgent: string | null;
  /** When it last subscribed. */
  readonly createdAt: Date;
}

/** A subscription as the browser gives it, keys checked (`validatePushSubscription`). */
export interface NewPushSubscription extends PushTarget {
  readonly userAgent: string | null;
}

/** `push_subscriptions`: one row per endpoint. */
export interface PushSubscriptionStore {
  /**
   * Records the subscription for `userId`; an endpoint already known (the same
   * browser, re-subscribing or used by someone else since) moves to `userId`
   * with its new keys.
   */
  save(userId: string, subscription: NewPushSubscription, now: Date): Promise<PushDevice>;
  /** Drops the user's devices beyond the `keep` most recent. */
  prune(userId: string, keep: number): Promise<void>;
  /** False when the endpoint is unknown or belongs to someone else (then nothing changes). */
  removeOwn(userId: string, endpoint: string): Promise<boolean>;
  /** The user's devices, most recent first. */
  listOf(userId: string): Promise<PushDevice[]>;
  /** What the outbox worker sends to: the user's subscriptions, most recent first. */
  subscriptionsOf(userId: string): Promise<(PushTarget & { readonly id: string })[]>;
  /** One subscription by id (an outbox row's recipient), null once it is gone. */
  get(id: string): Promise<(PushTarget & { readonly id: string; readonly userId: string }) | null>;
  /** Forgets a subscription (the push service said it is gone); no error when already missing. */
  remove(id: string): Promise<void>;
}

export interface PushStores {
  readonly pushSubscriptions: PushSubscriptionStore;
}
