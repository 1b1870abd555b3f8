import { createTransport } from 'nodemailer';
import type { Mailer } from '../../app/messaging/ports.js';

/** Sends e-mails through an SMTP server (`smtp://` or `smtps://` URL, credentials in the URL). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = createTransport(smtpUrl);
  return {
    async send({ to, subject, text }) {
      await transport.sendMail({ from, to, subject, text });
    },
  };
}
