import { z } from 'zod';
import { DeliveryFailure, type SmsMessage, type SmsSender } from '../../app/notifications/ports.js';
import { isGsm7 } from './gsm7.js';
import { exchange, failureOf, jsonOf, secretsOf } from './http.js';

export interface BrevoSmsOptions {
  /** https://api.brevo.com */
  readonly url: string;
  readonly apiKey: string;
  /** Alphanumeric sender, at most 11 characters. */
  readonly sender: string;
  readonly timeoutMs: number;
}

const PROVIDER = 'brevo';

const sendReply = z.object({ messageId: z.union([z.number(), z.string().min(1)]) });

/**
 * Brevo transactional SMS (`POST /v3/transactionalSMS/send`; the former
 * `/transactionalSMS/sms` is deprecated). The recipient goes without its '+';
 * a text outside the GSM alphabet is sent as Unicode, or Brevo would replace
 * ê, ç, œ… by their unaccented letters.
 */
export class BrevoSmsSender implements SmsSender {
  readonly provider = PROVIDER;
  private readonly sendUrl: string;

  constructor(private readonly options: BrevoSmsOptions) {
    this.sendUrl = `${options.url.replace(/\/+$/, '')}/v3/transactionalSMS/send`;
  }

  async send(message: SmsMessage): Promise<{ readonly providerId: string | null }> {
    const o = this.options;
    const reply = await exchange(PROVIDER, {
      method: 'POST',
      url: this.sendUrl,
      headers: { accept: 'application/json', 'content-type': 'application/json', 'api-key': o.apiKey },
      body: JSON.stringify({
        sender: o.sender,
        recipient: message.to.replace(/^\+/, ''),
        content: message.text,
        type: 'transactional',
        unicodeEnabled: !isGsm7(message.text),
      }),
      signal: AbortSignal.timeout(o.timeoutMs),
      timeoutMs: o.timeoutMs,
    });
    if (reply.status < 200 || reply.status > 299) throw failureOf(PROVIDER, reply, secretsOf(message));
    const sent = sendReply.safeParse(jsonOf(PROVIDER, reply));
    if (!sent.success) throw new DeliveryFailure(`${PROVIDER}: HTTP ${reply.status} with no messageId`, false);
    return { providerId: String(sent.data.messageId) };
  }
}
