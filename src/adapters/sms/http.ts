import { DeliveryFailure } from '../../app/notifications/ports.js';

/**
 * What the SMS adapters share: one HTTP exchange with a deadline, and the
 * mapping of its outcome to a `DeliveryFailure`. Nothing here ever puts the
 * recipient or the text of a message in an error: the failures name the
 * provider, the HTTP status and the provider's error code, and the provider's
 * own message only once every phone-number-like run of digits and the
 * message's own values are masked (Twilio's 21211 repeats the number).
 */

const MAX_BODY_CHARS = 100_000;
const MAX_DETAIL_CHARS = 160;

export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly signal: AbortSignal;
  /** For the timeout's message. */
  readonly timeoutMs: number;
}

export interface HttpReply {
  readonly status: number;
  readonly text: string;
}

/** One request. A refused connection, a reset or the deadline is a retryable failure. */
export async function exchange(provider: string, request: HttpRequest): Promise<HttpReply> {
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: request.signal,
      // A redirect is a misconfigured URL: never replay a signed POST elsewhere.
      redirect: 'manual',
    });
    const text = await response.text();
    return { status: response.status, text: text.slice(0, MAX_BODY_CHARS) };
  } catch (error) {
    if (isTimeout(error) || request.signal.aborted) {
      throw new DeliveryFailure(`${provider}: no answer within ${request.timeoutMs} ms`, false);
    }
    throw new DeliveryFailure(`${provider}: network error${networkCode(error)}`, false);
  }
}

/** The JSON body of a successful reply; an unreadable one is retryable (the provider is having a bad moment). */
export function jsonOf(provider: string, reply: HttpReply): unknown {
  try {
    return JSON.parse(reply.text) as unknown;
  } catch {
    throw new DeliveryFailure(`${provider}: HTTP ${reply.status} with an unreadable body`, false);
  }
}

/** A provider's JSON error body (OVH `{ message, errorCode }`, Brevo `{ code, message }`, Twilio `{ code, message, more_info, status }`). */
export type ProviderError = Readonly<Record<string, unknown>>;

export interface FailureOptions {
  /** The field of the error body holding the provider's code (default `code`). */
  readonly codeKey?: string;
  /** Errors the provider answers with a 4xx that go away by themselves. */
  readonly retryable?: (error: ProviderError) => boolean;
}

/** What must never show in an error: the recipient (with and without '+') and the text. */
export type Secrets = readonly string[];

/**
 * The failure of a non-2xx reply: 408, 429 and 5xx are retried; any other
 * status (400 invalid number, 401/403 credentials, 404 unknown account, 3xx
 * misconfigured URL…) is permanent unless `retryable` says otherwise.
 */
export function failureOf(provider: string, reply: HttpReply, secrets: Secrets, options: FailureOptions = {}): DeliveryFailure {
  const error = providerErrorOf(reply.text);
  const code = codeOf(error[options.codeKey ?? 'code']);
  const detail = typeof error.message === 'string' ? mask(error.message, secrets) : '';
  const message = `${provider}: HTTP ${reply.status}${code ? ` ${code}` : ''}${detail ? ` — ${detail}` : ''}`;
  const retryable = reply.status === 408 || reply.status === 429 || reply.status >= 500 || (reply.status >= 400 && (options.retryable?.(error) ?? false));
  return new DeliveryFailure(message, !retryable);
}

function providerErrorOf(text: string): ProviderError {
  try {
    const body = JSON.parse(text) as unknown;
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as ProviderError) : {};
  } catch {
    // An HTML error page from a proxy: its status says enough.
    return {};
  }
}

/** A provider's error code (21211, INVALID_CREDENTIAL, invalid_parameter), when it looks like one. */
function codeOf(code: unknown): string {
  const text = typeof code === 'number' || typeof code === 'string' ? String(code) : '';
  return /^[\w.-]{1,64}$/.test(text) ? text : '';
}

/** The provider's message without the message's values nor anything that looks like a phone number. */
export function mask(message: string, secrets: Secrets): string {
  let text = message;
  for (const secret of secrets) if (secret.length >= 4) text = text.split(secret).join('[…]');
  text = text
    .replace(/[+(]*\d(?:[\s.()/-]*\d){5,}/g, '[…]')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();
  return text.length > MAX_DETAIL_CHARS ? `${text.slice(0, MAX_DETAIL_CHARS - 1)}…` : text;
}

/** The recipient in the forms a provider may echo, and the text. */
export function secretsOf(message: { readonly to: string; readonly text: string }): Secrets {
  return [message.to, message.to.replace(/^\+/, ''), message.text];
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** ` (ECONNREFUSED)`: undici puts the system error in `cause`. */
function networkCode(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  return /^[A-Z_]{2,40}$/.test(code) ? ` (${code})` : '';
}
