import { createECDH } from 'node:crypto';
import { invalidFields } from '../../core/errors.js';
import type { PushTarget } from '../notifications/ports.js';

/** What `POST /api/push/subscriptions` receives: `PushSubscription.toJSON()`. */
export interface PushSubscriptionInput {
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
}

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

/** Bytes of a base64url text (padding allowed), or null when it is not base64url. */
function base64url(value: string): Buffer | null {
  if (!BASE64URL.test(value)) return null;
  const bare = value.replace(/=+$/, '');
  if (bare.length % 4 === 1) return null;
  return Buffer.from(bare, 'base64url');
}

/** An uncompressed point of P-256: 0x04, x, y (65 bytes), on the curve. */
function isP256Point(bytes: Buffer | null): boolean {
  if (!bytes || bytes.length !== 65 || bytes[0] !== 0x04) return false;
  try {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    ecdh.computeSecret(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A host a push service may have: a public DNS name (no IP literal, no local or single-label name). */
function isPublicHostname(hostname: string): boolean {
  if (hostname.startsWith('[') || /^[\d.]+$/.test(hostname)) return false;
  if (!hostname.includes('.')) return false;
  return !/(^|\.)(localhost|local|localdomain|internal|intranet|lan|home\.arpa)$/i.test(hostname);
}

/**
 * An endpoint the server may POST to: https on the default port, a public host
 * name, no credentials. Push services (FCM, Mozilla, Apple, Microsoft) all
 * look like that; anything else would let a user aim the server at an
 * internal address.
 */
function isPushEndpoint(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.port === '' && url.username === '' && url.password === '' && isPublicHostname(url.hostname);
}

/**
 * Checks a browser subscription: https endpoint of a public host, `p256dh` an
 * uncompressed P-256 point (65 bytes) and `auth` 16 bytes, both base64url.
 * Returns the keys unpadded. Throws `validation.failed` (`endpoint`,
 * `keys.p256dh`, `keys.auth`).
 */
export function validatePushSubscription(input: PushSubscriptionInput): PushTarget {
  const errors: Record<string, string> = {};
  const endpoint = input.endpoint.trim();
  if (!isPushEndpoint(endpoint)) errors.endpoint = 'push.endpoint_invalid';
  const p256dh = base64url(input.keys.p256dh.trim());
  if (!isP256Point(p256dh)) errors['keys.p256dh'] = 'push.p256dh_invalid';
  const auth = base64url(input.keys.auth.trim());
  if (!auth || auth.length !== 16) errors['keys.auth'] = 'push.auth_invalid';
  if (Object.keys(errors).length > 0 || !p256dh || !auth) throw invalidFields(errors);
  return { endpoint, p256dh: p256dh.toString('base64url'), auth: auth.toString('base64url') };
}
