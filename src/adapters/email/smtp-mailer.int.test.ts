import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { anonymousClient } from '../../../test/support/client.js';
import { createUser } from '../../../test/support/factories.js';
import { createSmtpMailer } from './smtp-mailer.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`) of a header value. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}

function parse(raw: string): { subject: string; text: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subject = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '';
  const body = rest.join('\n\n');
  const text = /Content-Transfer-Encoding: quoted-printable/i.test(unfolded) ? decodeQuotedPrintable(body) : body;
  return { subject: decodeHeader(subject), text };
}

describe('e-mail over SMTP', () => {
  const received: Received[] = [];
  let refuseRecipients = false;
  let server: SMTPServer;
  let port = 0;
  let t: TestApp;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        callback(refuseRecipients ? Object.assign(new Error('Boîte inconnue'), { responseCode: 550 }) : undefined);
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          received.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
    t = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Déclic <no-reply@declic.test>' } });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('delivers the password-reset e-mail with its French subject, and keeps nothing in the dev outbox', async () => {
    const user = await createUser(t.database.db, { firstName: 'Hélène' });
    const client = await anonymousClient(t.app);
    const res = await client.post('/api/auth/password-reset', { identifiant: user.email });
    expect(res.statusCode).toBe(202);

    const mail = received.find((m) => m.to.includes(user.email));
    expect(mail?.from).toBe('no-reply@declic.test');
    const { subject, text } = parse(mail?.raw ?? '');
    expect(subject).toBe('Déclic — réinitialisation de votre mot de passe');
    expect(text).toContain('Bonjour Hélène,');
    expect(text).toMatch(/\/reinitialiser-mot-de-passe\?token=[\w-]{43}/);
    expect(text).toContain('valable 1 heure');

    const outbox = await client.get('/api/dev/outbox');
    expect(outbox.json().messages).toEqual([]);
  });

  it('still answers 202 when the SMTP server refuses, and logs the failure without the address', async () => {
    const user = await createUser(t.database.db);
    const client = await anonymousClient(t.app);
    refuseRecipients = true;
    try {
      const res = await client.post('/api/auth/password-reset', { identifiant: user.email });
      expect(res.statusCode).toBe(202);
    } finally {
      refuseRecipients = false;
    }
    const logs = t.logs.join('\n');
    expect(logs).toContain('password reset e-mail not delivered');
    expect(logs).toContain('EENVELOPE');
    expect(logs).not.toContain(user.email);
  });

  it('the mailer alone sends UTF-8 subject and text', async () => {
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, 'Déclic <no-reply@declic.test>');
    await mailer.send({ to: 'destinataire@test.declic', subject: 'Prise en charge acceptée — Mme Bérénice', text: 'Ça marche : « déjà pris en charge ».' });
    const mail = received.find((m) => m.to.includes('destinataire@test.declic'));
    expect(parse(mail?.raw ?? '')).toEqual({
      subject: 'Prise en charge acceptée — Mme Bérénice',
      text: expect.stringContaining('Ça marche : « déjà pris en charge ».'),
    });
  });
});
