import type { Mailer, OutboxReader } from './ports.js';
import type { MessagingService } from './service.js';

export type { MessagingService, EmailMessage, OutboxMessage } from './service.js';

/** What the messaging use cases need (ports). */
export interface MessagingDeps {
  readonly mailer: Mailer;
  readonly outbox: OutboxReader;
}

/** How many outbox messages the dev page shows. */
export const OUTBOX_PAGE_SIZE = 50;

export function createMessagingService({ mailer, outbox }: MessagingDeps): MessagingService {
  return {
    sendEmail: (message) => mailer.send(message),
    listOutbox: () => outbox.latest(OUTBOX_PAGE_SIZE),
  };
}
