import { createHash } from 'node:crypto';
import { DeliveryFailure, type PushPayload, type PushSender, type PushTarget } from '../../app/notifications/ports.js';
import { encryptPushMessage, InvalidSubscriptionKeys, PayloadTooLarge } from './encrypt.js';
import { vapidAuthorization, vapidSigningKey, type VapidKeys } from './vapid.js';

export interface WebPushSenderOptions {
  readonly keys: VapidKeys;
  /** VAPID `sub`: a `mailto:` address or the public URL of the app. */
  readonly subject: string;
  /** How long to wait for the push service (connection and answer). */
  readonly timeoutMs: number;
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
}

/** The one field the service worker reads per notification; nothing else is sent. */
const messageOf = (payload: PushPayload): Buffer =>
  Buffer.from(JSON.stringify({ title: payload.title, body: payload.body, url: payload.url, tag: payload.tag }), 'utf8');

/**
 * RFC 8030 §5.4 `Topic`: a pending message with the same topic is replaced by
 * the push service, as the notification tag does on the device. Hashed, so that
 * the tag (which may hold ids) never reaches the push service; 32 base64url characters.
 */
export const topicOf = (tag: string): string => createHash('sha256').update(tag).digest('base64url').slice(0, 32);

/** What to tell of an answer, without the payload: status and the start of the push service's reason. */
async function reasonOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  const reason = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  return reason ? `${response.status} ${reason}` : String(response.status);
}

/** RFC 8030 §5, with the statuses push services give in practice. */
function failureFor(status: number, origin: string, reason: string): DeliveryFailure {
  const message = `push service ${origin} answered ${reason}`;
  if (status === 404 || status === 410) return new DeliveryFailure(message, true, true);
  if (status === 408 || status === 425 || status === 429 || status >= 500) return new DeliveryFailure(message, false);
  // 400, 401, 403 (VAPID refused), 413 (too large), redirects and any other answer: sending again changes nothing.
  return new DeliveryFailure(message, true);
}

/**
 * Web Push without an SDK: the payload encrypted with `aes128gcm` (RFC 8291),
 * a VAPID token for the endpoint's origin (RFC 8292), POSTed to the endpoint
 * with `TTL`, `Urgency` and `Topic` (RFC 8030). Throws `DeliveryFailure`:
 * `gone` on 404/410, permanent on other refusals, retryable on 408/429/5xx,
 * network errors and timeouts. Logs nothing; messages never hold the payload.
 */
export function createWebPushSender(options: WebPushSenderOptions): PushSender {
  const signer = { key: vapidSigningKey(options.keys), publicKey: options.keys.publicKey, subject: options.subject };
  const doFetch = options.fetch ?? ((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init));
  const now = options.now ?? (() => new Date());

  return {
    publicKey: options.keys.publicKey,
    async send(target: PushTarget, payload: PushPayload, { ttlSeconds, urgency }): Promise<void> {
      let endpoint: URL;
      try {
        endpoint = new URL(target.endpoint);
      } catch {
        throw new DeliveryFailure('push endpoint is not a URL', true, true);
      }
      if (endpoint.protocol !== 'https:' && endpoint.protocol !== 'http:') throw new DeliveryFailure('push endpoint is not an http(s) URL', true, true);

      let body: Buffer;
      try {
        body = encryptPushMessage(messageOf(payload), target.p256dh, target.auth);
      } catch (error) {
        if (error instanceof InvalidSubscriptionKeys) throw new DeliveryFailure(`push subscription keys unusable: ${error.message}`, true, true);
        if (error instanceof PayloadTooLarge) throw new DeliveryFailure(error.message, true);
        throw error;
      }

      const headers: Record<string, string> = {
        authorization: vapidAuthorization(signer, endpoint, now()),
        'content-encoding': 'aes128gcm',
        'content-type': 'application/octet-stream',
        ttl: String(Math.max(0, Math.floor(ttlSeconds))),
        urgency,
      };
      if (payload.tag) headers.topic = topicOf(payload.tag);

      let response: Response;
      try {
        response = await doFetch(endpoint, {
          method: 'POST',
          headers,
          body: new Uint8Array(body),
          // A push service never redirects; following one would send the message elsewhere.
          redirect: 'manual',
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (error) {
        const name = error instanceof Error ? error.name : '';
        if (name === 'TimeoutError' || name === 'AbortError') {
          throw new DeliveryFailure(`push service ${endpoint.origin} did not answer within ${options.timeoutMs} ms`, false);
        }
        const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
        const code = cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : cause instanceof Error ? cause.message : 'unknown';
        throw new DeliveryFailure(`push service ${endpoint.origin} unreachable (${code})`, false);
      }

      if (response.status === 201 || response.status === 202 || response.status === 200) {
        await response.body?.cancel().catch(() => undefined);
        return;
      }
      throw failureFor(response.status, endpoint.origin, await reasonOf(response));
    },
  };
}
