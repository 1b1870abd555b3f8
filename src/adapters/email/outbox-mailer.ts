import type { EmailMessage, Mailer } from '../../app/messaging/ports.js';

/** With no SMTP server (the demo), e-mails land in the dev outbox instead of leaving the platform. */
export function createOutboxMailer(outbox: { addEmail(message: EmailMessage): Promise<void> }): Mailer {
  return { send: (message) => outbox.addEmail(message) };
}
