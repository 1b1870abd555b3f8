import type { Clock } from '../ports.js';
import type { EmailMessage } from '../messaging/ports.js';
import { DeliveryFailure, type NotificationStore, type PendingNotification, type PushSender, type PushSubscriptionLookup, type SmsSender } from './ports.js';

/** What the delivery worker needs. */
export interface NotificationsDeps {
  readonly clock: Clock;
  readonly store: NotificationStore;
  readonly sms: SmsSender;
  readonly push: PushSender;
  readonly pushSubscriptions: PushSubscriptionLookup;
  readonly mailer: { send(message: EmailMessage): Promise<void> };
}

/** Messages sent per pass. */
export const DELIVERY_BATCH_SIZE = 100;
const LEASE_MS = 60_000;
/** After this many attempts a message is given up (about a day of backoff). */
export const MAX_ATTEMPTS = 10;
const MAX_BACKOFF_MS = 4 * 3_600_000;
/** A push message older than this is not worth showing any more. */
const PUSH_TTL_SECONDS = 3600;

async function send(deps: NotificationsDeps, message: PendingNotification): Promise<string | null> {
  switch (message.channel) {
    case 'sms':
      return (await deps.sms.send({ to: message.recipient, text: message.body })).providerId;
    case 'email':
      await deps.mailer.send({ to: message.recipient, subject: message.subject ?? '', text: message.body });
      return null;
    case 'push': {
      const target = await deps.pushSubscriptions.get(message.recipient);
      if (!target) throw new DeliveryFailure('push subscription removed', true);
      try {
        await deps.push.send(target, { title: message.subject ?? 'Déclic', body: message.body, url: message.url ?? '/', tag: message.key }, {
          ttlSeconds: PUSH_TTL_SECONDS,
          urgency: message.kind === 'offer' ? 'high' : 'normal',
        });
      } catch (error) {
        if (error instanceof DeliveryFailure && error.gone) await deps.pushSubscriptions.remove(target.id);
        throw error;
      }
      return null;
    }
  }
}

/**
 * One pass of the delivery worker: sends due messages of the outbox, each on
 * its channel, claiming them one at a time just before sending (a lease per
 * send: a slow provider cannot outlive the lease of messages still waiting,
 * which another instance would then send again; a crash strands one message
 * for a lease, not a batch). A message is marked sent once the provider took
 * it; a temporary failure is retried with exponential backoff, a permanent
 * one (bad number, gone subscription) or the tenth failure gives up. Returns
 * how many were attempted.
 */
export async function deliverDue(deps: NotificationsDeps, limit = DELIVERY_BATCH_SIZE): Promise<number> {
  let attempted = 0;
  for (; attempted < limit; attempted++) {
    const now = deps.clock.now();
    const [message] = await deps.store.claimDue(now, 1, LEASE_MS);
    if (!message) break;
    try {
      const providerId = await send(deps, message);
      await deps.store.markSent(message.id, providerId, deps.clock.now());
    } catch (error) {
      const permanent = error instanceof DeliveryFailure && error.permanent;
      const retry = permanent || message.attempts >= MAX_ATTEMPTS ? null : new Date(now.getTime() + Math.min(MAX_BACKOFF_MS, 5000 * 2 ** (message.attempts - 1)));
      await deps.store.markFailed(message.id, error instanceof Error ? error.message : String(error), retry);
    }
  }
  return attempted;
}
