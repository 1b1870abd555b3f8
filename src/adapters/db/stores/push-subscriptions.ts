import { and, desc, eq, notInArray } from 'drizzle-orm';
import type { PushSubscriptionStore } from '../../../app/push/ports.js';
import type { Db } from '../client.js';
import { pushSubscriptions } from '../schema.js';

const deviceColumns = {
  id: pushSubscriptions.id,
  endpoint: pushSubscriptions.endpoint,
  userAgent: pushSubscriptions.userAgent,
  createdAt: pushSubscriptions.createdAt,
};

const newestFirst = [desc(pushSubscriptions.createdAt), desc(pushSubscriptions.id)];

/** Web Push subscriptions (`push_subscriptions`), one row per endpoint. */
export function createPushSubscriptionStore(db: Db): PushSubscriptionStore {
  return {
    async save(userId, { endpoint, p256dh, auth, userAgent }, now) {
      const values = { userId, endpoint, p256dh, auth, userAgent, createdAt: now };
      const [row] = await db
        .insert(pushSubscriptions)
        .values(values)
        .onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: { userId, p256dh, auth, userAgent, createdAt: now } })
        .returning(deviceColumns);
      if (!row) throw new Error('push subscription not saved');
      return row;
    },
    async prune(userId, keep) {
      const kept = db
        .select({ id: pushSubscriptions.id })
        .from(pushSubscriptions)
        .where(eq(pushSubscriptions.userId, userId))
        .orderBy(...newestFirst)
        .limit(keep);
      await db.delete(pushSubscriptions).where(and(eq(pushSubscriptions.userId, userId), notInArray(pushSubscriptions.id, kept)));
    },
    async removeOwn(userId, endpoint) {
      const rows = await db
        .delete(pushSubscriptions)
        .where(and(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.endpoint, endpoint)))
        .returning({ id: pushSubscriptions.id });
      return rows.length > 0;
    },
    async listOf(userId) {
      return db.select(deviceColumns).from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId)).orderBy(...newestFirst);
    },
    async subscriptionsOf(userId) {
      return db
        .select({ id: pushSubscriptions.id, endpoint: pushSubscriptions.endpoint, p256dh: pushSubscriptions.p256dh, auth: pushSubscriptions.auth })
        .from(pushSubscriptions)
        .where(eq(pushSubscriptions.userId, userId))
        .orderBy(...newestFirst);
    },
    async get(id) {
      const [row] = await db
        .select({ id: pushSubscriptions.id, userId: pushSubscriptions.userId, endpoint: pushSubscriptions.endpoint, p256dh: pushSubscriptions.p256dh, auth: pushSubscriptions.auth })
        .from(pushSubscriptions)
        .where(eq(pushSubscriptions.id, id));
      return row ?? null;
    },
    async remove(id) {
      await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, id));
    },
  };
}
