import { createECDH, createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** A VAPID key pair (RFC 8292) in the usual Web Push form: base64url, unpadded. */
export interface VapidKeys {
  /** The uncompressed P-256 point (65 bytes), the browser's `applicationServerKey`. */
  readonly publicKey: string;
  /** The private scalar `d` (32 bytes). */
  readonly privateKey: string;
}

/** How long a VAPID token stays valid; RFC 8292 §2 allows at most 24 hours. */
export const VAPID_TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

/** A fresh P-256 key pair. */
export function generateVapidKeys(): VapidKeys {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = privateKey.export({ format: 'jwk' });
  if (!jwk.x || !jwk.y || !jwk.d) throw new Error('P-256 key export lacks coordinates');
  const point = Buffer.concat([Buffer.from([0x04]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
  return { publicKey: point.toString('base64url'), privateKey: jwk.d };
}

/**
 * The signing key of a VAPID pair, after checking that the pair is well formed
 * and that the public key is the one of the private key. Throws an `Error`
 * naming what is wrong (never the key itself).
 */
export function vapidSigningKey(keys: VapidKeys): KeyObject {
  const point = Buffer.from(keys.publicKey, 'base64url');
  const d = Buffer.from(keys.privateKey, 'base64url');
  if (point.length !== 65 || point[0] !== 0x04) throw new Error('VAPID public key: expected an uncompressed P-256 point (65 bytes, base64url)');
  if (d.length !== 32) throw new Error('VAPID private key: expected 32 bytes, base64url');
  const ecdh = createECDH('prime256v1');
  try {
    ecdh.setPrivateKey(d);
  } catch {
    throw new Error('VAPID private key: not a valid P-256 private key');
  }
  if (!ecdh.getPublicKey().equals(point)) throw new Error('VAPID keys: the public key does not belong to the private key');
  return createPrivateKey({
    key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url'), d: d.toString('base64url') },
    format: 'jwk',
  });
}

const segment = (value: object): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** An ES256 JWT (JOSE r||s signature) for a push service, RFC 8292 §2. */
export function vapidJwt(key: KeyObject, claims: { readonly aud: string; readonly exp: number; readonly sub: string }): string {
  const input = `${segment({ typ: 'JWT', alg: 'ES256' })}.${segment({ aud: claims.aud, exp: claims.exp, sub: claims.sub })}`;
  const signature = sign('sha256', Buffer.from(input, 'ascii'), { key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

/**
 * The `Authorization` header of a push request (RFC 8292 §3): a token for the
 * origin of the endpoint, valid `VAPID_TOKEN_LIFETIME_SECONDS` from `now`.
 */
export function vapidAuthorization(
  signer: { readonly key: KeyObject; readonly publicKey: string; readonly subject: string },
  endpoint: URL,
  now: Date,
): string {
  const exp = Math.floor(now.getTime() / 1000) + VAPID_TOKEN_LIFETIME_SECONDS;
  const jwt = vapidJwt(signer.key, { aud: endpoint.origin, exp, sub: signer.subject });
  return `vapid t=${jwt}, k=${signer.publicKey}`;
}
