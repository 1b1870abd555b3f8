import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { NotificationStore, OutgoingNotification, RecipientDirectory, UserReach } from '../../../app/notifications/ports.js';
import type { Db } from '../client.js';
import { arrayLiteral } from './sql-arrays.js';
import { notifications, pushSubscriptions, users } from '../schema.js';

/** The notification outbox (`notifications`): claimed with SKIP LOCKED and a lease, like the jobs. */
export function createNotificationStore(db: Db): NotificationStore {
  return {
    async enqueue(messages, at) {
      if (messages.length === 0) return;
      // One statement from arrays (an offer to 2 000 professionals makes ~4 000 rows).
      const column = (pick: (m: OutgoingNotification) => string | null) => arrayLiteral(messages.map(pick));
      await db.execute(sql`
        insert into notifications (key, user_id, channel, recipient, kind, care_request_id, subject, body, url, next_attempt_at, created_at)
        select m.key, m.user_id, m.channel, m.recipient, m.kind, m.care_request_id, m.subject, m.body, m.url, ${at}, ${at}
        from unnest(${column((m) => m.key)}::text[], ${column((m) => m.userId)}::uuid[], ${column((m) => m.channel)}::text[],
                    ${column((m) => m.recipient)}::text[], ${column((m) => m.kind)}::text[], ${column((m) => m.careRequestId)}::uuid[],
                    ${column((m) => m.subject)}::text[], ${column((m) => m.body)}::text[], ${column((m) => m.url)}::text[])
          as m(key, user_id, channel, recipient, kind, care_request_id, subject, body, url)
        on conflict (key) do nothing`);
    },
    async claimDue(now, limit, leaseMs) {
      const due = db
        .select({ id: notifications.id })
        .from(notifications)
        .where(
          and(
            eq(notifications.status, 'pending'),
            lte(notifications.nextAttemptAt, now),
            or(isNull(notifications.lockedUntil), lte(notifications.lockedUntil, now)),
          ),
        )
        .orderBy(notifications.nextAttemptAt)
        .limit(limit)
        .for('update', { skipLocked: true });
      const rows = await db
        .update(notifications)
        .set({ lockedUntil: new Date(now.getTime() + leaseMs), attempts: sql`${notifications.attempts} + 1` })
        .where(sql`${notifications.id} in (${due})`)
        .returning();
      return rows.map((row) => ({
        id: row.id,
        key: row.key,
        userId: row.userId,
        channel: row.channel,
        recipient: row.recipient,
        kind: row.kind,
        careRequestId: row.careRequestId,
        subject: row.subject,
        body: row.body,
        url: row.url,
        attempts: row.attempts,
      }));
    },
    async markSent(id, providerId, at) {
      await db.update(notifications).set({ status: 'sent', sentAt: at, providerId, lockedUntil: null, lastError: null }).where(eq(notifications.id, id));
    },
    async markFailed(id, error, retryAt) {
      await db
        .update(notifications)
        .set(retryAt ? { nextAttemptAt: retryAt, lockedUntil: null, lastError: error.slice(0, 500) } : { status: 'failed', lockedUntil: null, lastError: error.slice(0, 500) })
        .where(eq(notifications.id, id));
    },
  };
}

/** Users' means of being reached and their choices. */
export function createRecipientDirectory(db: Db): RecipientDirectory {
  return {
    async reachOf(userIds): Promise<UserReach[]> {
      if (userIds.length === 0) return [];
      const ids = [...new Set(userIds)];
      const rows = await db
        .select({
          userId: users.id,
          email: users.email,
          mobilePhone: users.mobilePhone,
          notifySms: users.notifySms,
          notifyEmail: users.notifyEmail,
          notifyPush: users.notifyPush,
          quietHoursStart: users.quietHoursStart,
          quietHoursEnd: users.quietHoursEnd,
        })
        .from(users)
        .where(and(inArray(users.id, ids), eq(users.active, true)));
      const devices = await db
        .select({ id: pushSubscriptions.id, userId: pushSubscriptions.userId })
        .from(pushSubscriptions)
        .where(inArray(pushSubscriptions.userId, ids));
      return rows.map((row) => ({ ...row, pushSubscriptionIds: devices.filter((d) => d.userId === row.userId).map((d) => d.id) }));
    },
  };
}
