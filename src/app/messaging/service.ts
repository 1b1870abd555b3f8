import type { EmailMessage, OutboxMessage } from './ports.js';

export type { EmailMessage, OutboxMessage } from './ports.js';

/** Messages leaving the platform (e-mail now; SMS later) and the dev outbox. */
export interface MessagingService {
  /** Sends an e-mail now; throws when it cannot be delivered to the SMTP server. */
  sendEmail(message: EmailMessage): Promise<void>;
  /** The latest dev-outbox messages (at most 50), newest first: the demo's dev page. */
  listOutbox(): Promise<OutboxMessage[]>;
}
