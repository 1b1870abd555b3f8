/** An e-mail leaving the platform (plain text). */
export interface EmailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Sends e-mails: over SMTP, or into the dev outbox when no SMTP server is configured. */
export interface Mailer {
  /** Sends one message; throws when the server refuses it or cannot be reached. */
  send(message: EmailMessage): Promise<void>;
}

/** A message kept in the dev outbox instead of leaving the platform. */
export interface OutboxMessage {
  readonly id: string;
  readonly channel: 'email' | 'sms';
  readonly recipient: string;
  readonly subject: string | null;
  readonly body: string;
  readonly createdAt: Date;
}

export interface OutboxReader {
  /** The latest messages of the dev outbox, newest first. */
  latest(limit: number): Promise<OutboxMessage[]>;
}
