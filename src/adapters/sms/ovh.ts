import { createHash } from 'node:crypto';
import { z } from 'zod';
import { DeliveryFailure, type SmsMessage, type SmsSender } from '../../app/notifications/ports.js';
import { isGsm7 } from './gsm7.js';
import { exchange, failureOf, jsonOf, secretsOf } from './http.js';

export interface OvhSmsOptions {
  /** API root without `/1.0` (https://eu.api.ovh.com). */
  readonly endpoint: string;
  readonly applicationKey: string;
  readonly applicationSecret: string;
  readonly consumerKey: string;
  /** The SMS account (`sms-xx00000-1`). */
  readonly serviceName: string;
  /** Alphanumeric sender registered on the account. */
  readonly sender: string;
  readonly timeoutMs: number;
  /** How long the operator keeps trying to reach the phone, in minutes (OVH's default: 2880). */
  readonly validityMinutes?: number;
  /** Local clock in milliseconds (tests). */
  readonly now?: () => number;
}

const PROVIDER = 'ovh';

/** The reply of POST /sms/{serviceName}/jobs. */
const jobReply = z.object({
  ids: z.array(z.union([z.number(), z.string()])),
  invalidReceivers: z.array(z.string()).default([]),
  validReceivers: z.array(z.string()).default([]),
});

/**
 * OVHcloud SMS (`POST /1.0/sms/{serviceName}/jobs`), with the API's signed
 * requests: `$1$` + SHA-1 of secret, consumer key, method, URL, body and the
 * server's timestamp. The offset between the local clock and OVH's
 * (`GET /1.0/auth/time`) is fetched once and kept; a reply saying the
 * timestamp is stale drops it, and the message is retried.
 */
export class OvhSmsSender implements SmsSender {
  readonly provider = PROVIDER;
  private readonly api: string;
  private readonly now: () => number;
  /** Server time minus local time, in seconds. */
  private clockOffset: Promise<number> | null = null;

  constructor(private readonly options: OvhSmsOptions) {
    this.api = `${options.endpoint.replace(/\/+$/, '').replace(/\/1\.0$/, '')}/1.0`;
    this.now = options.now ?? Date.now;
  }

  async send(message: SmsMessage): Promise<{ readonly providerId: string | null }> {
    const o = this.options;
    const signal = AbortSignal.timeout(o.timeoutMs);
    const offset = await this.offset(signal);
    const url = `${this.api}/sms/${encodeURIComponent(o.serviceName)}/jobs`;
    const body = JSON.stringify({
      message: message.text,
      receivers: [message.to],
      sender: o.sender,
      senderForResponse: false,
      noStopClause: true,
      charset: 'UTF-8',
      coding: isGsm7(message.text) ? '7bit' : '8bit',
      priority: 'high',
      validityPeriod: o.validityMinutes ?? 2880,
    });
    const timestamp = String(Math.floor(this.now() / 1000) + offset);
    const signature = createHash('sha1').update([o.applicationSecret, o.consumerKey, 'POST', url, body, timestamp].join('+'), 'utf8').digest('hex');
    const reply = await exchange(PROVIDER, {
      method: 'POST',
      url,
      headers: {
        accept: 'application/json',
        'content-type': 'application/json; charset=utf-8',
        'x-ovh-application': o.applicationKey,
        'x-ovh-consumer': o.consumerKey,
        'x-ovh-timestamp': timestamp,
        'x-ovh-signature': `$1$${signature}`,
      },
      body,
      signal,
      timeoutMs: o.timeoutMs,
    });
    if (reply.status < 200 || reply.status > 299) {
      throw failureOf(PROVIDER, reply, secretsOf(message), {
        codeKey: 'errorCode',
        retryable: (error) => {
          // OVH refuses a timestamp more than a few minutes off: ask its time again next time.
          const stale = error.errorCode === 'QUERY_TIME_OUT';
          if (stale) this.clockOffset = null;
          return stale;
        },
      });
    }
    const job = jobReply.safeParse(jsonOf(PROVIDER, reply));
    if (!job.success) throw new DeliveryFailure(`${PROVIDER}: HTTP ${reply.status} with an unexpected body`, false);
    if (job.data.invalidReceivers.length > 0) throw new DeliveryFailure(`${PROVIDER}: HTTP ${reply.status} invalidReceivers — the number was refused`, true);
    const [id] = job.data.ids;
    if (id === undefined) throw new DeliveryFailure(`${PROVIDER}: HTTP ${reply.status} with no job id`, false);
    return { providerId: String(id) };
  }

  /** The clock offset, fetched by the first send and shared by the sends running meanwhile. */
  private offset(signal: AbortSignal): Promise<number> {
    if (!this.clockOffset) {
      const pending = this.fetchOffset(signal);
      this.clockOffset = pending;
      pending.catch(() => {
        if (this.clockOffset === pending) this.clockOffset = null;
      });
    }
    return this.clockOffset;
  }

  private async fetchOffset(signal: AbortSignal): Promise<number> {
    const reply = await exchange(PROVIDER, {
      method: 'GET',
      url: `${this.api}/auth/time`,
      headers: { accept: 'application/json' },
      signal,
      timeoutMs: this.options.timeoutMs,
    });
    if (reply.status < 200 || reply.status > 299) throw failureOf(PROVIDER, reply, [], { codeKey: 'errorCode' });
    const time = jsonOf(PROVIDER, reply);
    if (typeof time !== 'number' || !Number.isSafeInteger(time) || time <= 0) {
      throw new DeliveryFailure(`${PROVIDER}: HTTP ${reply.status} /auth/time with an unexpected body`, false);
    }
    return time - Math.floor(this.now() / 1000);
  }
}
