/** Ports of the notification channels; the outbox worker delivers through them. */

/** Why a delivery failed: retried later unless `permanent`; `gone` for a push subscription the service no longer knows. */
export class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly gone = false,
  ) {
    super(message);
    this.name = 'DeliveryFailure';
  }
}

/** One SMS (plain text, no health data beyond what the user must know to act). */
export interface SmsMessage {
  /** E.164 */
  readonly to: string;
  readonly text: string;
}

/** An SMS gateway (OVH, Brevo, Twilio) or the dev outbox. Throws `DeliveryFailure`. */
export interface SmsSender {
  /** Provider name, for logs and the Ressources déclenchées. */
  readonly provider: string;
  /** Sends one SMS; resolves with the provider's message id, when it gives one. */
  send(message: SmsMessage): Promise<{ readonly providerId: string | null }>;
}

/** A browser's Web Push subscription (PushSubscription.toJSON()). */
export interface PushTarget {
  readonly endpoint: string;
  /** Base64url keys of the subscription. */
  readonly p256dh: string;
  readonly auth: string;
}

/** What the service worker shows. */
export interface PushPayload {
  readonly title: string;
  readonly body: string;
  /** Path opened on click, e.g. `/offres/…`. */
  readonly url: string;
  /** Replaces an earlier notification with the same tag. */
  readonly tag: string;
}

/** Sends Web Push messages (RFC 8030 + 8291 aes128gcm + 8292 VAPID). Throws `DeliveryFailure`. */
export interface PushSender {
  /** The VAPID public key (base64url), for the browser's `applicationServerKey`. */
  readonly publicKey: string;
  send(target: PushTarget, payload: PushPayload, options: { readonly ttlSeconds: number; readonly urgency: 'normal' | 'high' }): Promise<void>;
}

/** One message to send on one channel (a row of the outbox). */
export interface OutgoingNotification {
  /** Idempotency key: the same key is never enqueued twice. */
  readonly key: string;
  readonly userId: string | null;
  readonly channel: 'sms' | 'email' | 'push';
  /** E.164 number, e-mail address, or push subscription id. */
  readonly recipient: string;
  readonly kind: string;
  readonly careRequestId: string | null;
  readonly subject: string | null;
  readonly body: string;
  readonly url: string | null;
}

export interface PendingNotification extends OutgoingNotification {
  readonly id: string;
  /** Attempts so far, this one included. */
  readonly attempts: number;
}

/** The outbox table. */
export interface NotificationStore {
  /** Adds messages in the caller's transaction; a key already there is skipped. */
  enqueue(messages: readonly OutgoingNotification[], at: Date): Promise<void>;
  /** Claims up to `limit` due messages for `leaseMs` (SKIP LOCKED: one instance sends each). */
  claimDue(now: Date, limit: number, leaseMs: number): Promise<PendingNotification[]>;
  markSent(id: string, providerId: string | null, at: Date): Promise<void>;
  /** Records a failed attempt: retried at `retryAt`, or given up when null. */
  markFailed(id: string, error: string, retryAt: Date | null): Promise<void>;
}

/** How to reach users: their choices, phone, e-mail and push devices. */
export interface UserReach {
  readonly userId: string;
  readonly email: string;
  readonly mobilePhone: string | null;
  readonly notifySms: boolean;
  readonly notifyEmail: boolean;
  readonly notifyPush: boolean;
  readonly quietHoursStart: number | null;
  readonly quietHoursEnd: number | null;
  readonly pushSubscriptionIds: readonly string[];
}

export interface RecipientDirectory {
  reachOf(userIds: readonly string[]): Promise<UserReach[]>;
}

/** Push subscriptions as the sender needs them. */
export interface PushSubscriptionLookup {
  /** One subscription by id (an outbox row's recipient), null once it is gone. */
  get(id: string): Promise<(PushTarget & { readonly id: string }) | null>;
  remove(id: string): Promise<void>;
}
