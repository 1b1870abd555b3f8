import { desc } from 'drizzle-orm';
import type { EmailMessage, OutboxReader } from '../../../app/messaging/ports.js';
import type { SmsMessage } from '../../../app/notifications/ports.js';
import type { Db } from '../client.js';
import { devOutbox } from '../schema.js';

/** The dev outbox: messages that would have left the platform, kept for the demo's dev page. */
export function createDevOutboxStore(db: Db): OutboxReader & {
  addEmail(message: EmailMessage): Promise<void>;
  /** Keeps an SMS (no subject); resolves with its row id. */
  addSms(message: SmsMessage): Promise<{ id: string }>;
} {
  return {
    async addEmail({ to, subject, text }) {
      await db.insert(devOutbox).values({ channel: 'email', recipient: to, subject, body: text });
    },
    async addSms({ to, text }) {
      const [row] = await db.insert(devOutbox).values({ channel: 'sms', recipient: to, subject: null, body: text }).returning({ id: devOutbox.id });
      if (!row) throw new Error('dev_outbox insert returned no row');
      return row;
    },
    async latest(limit) {
      return db
        .select({
          id: devOutbox.id,
          channel: devOutbox.channel,
          recipient: devOutbox.recipient,
          subject: devOutbox.subject,
          body: devOutbox.body,
          createdAt: devOutbox.createdAt,
        })
        .from(devOutbox)
        .orderBy(desc(devOutbox.createdAt))
        .limit(limit);
    },
  };
}
