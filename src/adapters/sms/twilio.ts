import { z } from 'zod';
import { DeliveryFailure, type SmsMessage, type SmsSender } from '../../app/notifications/ports.js';
import { exchange, failureOf, jsonOf, secretsOf } from './http.js';

export interface TwilioSmsOptions {
  /** https://api.twilio.com */
  readonly url: string;
  readonly accountSid: string;
  readonly authToken: string;
  /** The sender: a Twilio number (E.164) or an alphanumeric id; or a Messaging Service. At least one. */
  readonly from: string | undefined;
  readonly messagingServiceSid: string | undefined;
  readonly timeoutMs: number;
}

const PROVIDER = 'twilio';

const messageReply = z.object({ sid: z.string().min(1) });

/** Twilio errors answered with a 400 that pass by themselves: 21611, the sender's queue is full. */
const transientCodes = new Set([21611]);

/**
 * Twilio Programmable Messaging (`POST /2010-04-01/Accounts/{sid}/Messages.json`,
 * form-encoded, HTTP Basic with the account SID and auth token). Twilio picks
 * the encoding (GSM-7 or UCS-2) itself.
 */
export class TwilioSmsSender implements SmsSender {
  readonly provider = PROVIDER;
  private readonly messagesUrl: string;
  private readonly authorization: string;

  constructor(private readonly options: TwilioSmsOptions) {
    if (!options.from && !options.messagingServiceSid) throw new Error('Twilio needs a From number or a Messaging Service SID');
    this.messagesUrl = `${options.url.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`;
    this.authorization = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`, 'utf8').toString('base64')}`;
  }

  async send(message: SmsMessage): Promise<{ readonly providerId: string | null }> {
    const o = this.options;
    const form = new URLSearchParams({ To: message.to, Body: message.text });
    if (o.messagingServiceSid) form.set('MessagingServiceSid', o.messagingServiceSid);
    if (o.from) form.set('From', o.from);
    const reply = await exchange(PROVIDER, {
      method: 'POST',
      url: this.messagesUrl,
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', authorization: this.authorization },
      body: form.toString(),
      signal: AbortSignal.timeout(o.timeoutMs),
      timeoutMs: o.timeoutMs,
    });
    if (reply.status < 200 || reply.status > 299) {
      throw failureOf(PROVIDER, reply, secretsOf(message), { retryable: (error) => typeof error.code === 'number' && transientCodes.has(error.code) });
    }
    const created = messageReply.safeParse(jsonOf(PROVIDER, reply));
    if (!created.success) throw new DeliveryFailure(`${PROVIDER}: HTTP ${reply.status} with no sid`, false);
    return { providerId: created.data.sid };
  }
}
