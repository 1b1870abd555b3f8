import type { MessagingDeps } from '../app/messaging/index.js';
import type { Config } from '../config/index.js';
import type { Db } from './db/client.js';
import { createDevOutboxStore } from './db/stores/dev-outbox.js';
import { createOutboxMailer } from './email/outbox-mailer.js';
import { createSmtpMailer } from './email/smtp-mailer.js';

/** Adapters behind the messaging ports: SMTP when `SMTP_URL` is set, else the dev outbox. */
export function createMessagingAdapters(config: Config, db: Db): MessagingDeps {
  const outbox = createDevOutboxStore(db);
  const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : createOutboxMailer(outbox);
  return { mailer, outbox };
}
