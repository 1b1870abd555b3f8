import { createDecipheriv, createECDH, createHmac, createPublicKey, randomBytes, verify } from 'node:crypto';

/**
 * The browser's side of Web Push, written from the steps of RFC 8291 §3.3–3.4
 * and RFC 8188 §2 with plain HMAC-SHA-256 (no HKDF helper), independently of
 * `src/adapters/push`: what the tests decrypt and verify with.
 */

const hmac = (key: Buffer, data: Buffer): Buffer => createHmac('sha256', key).update(data).digest();
const ascii = (text: string): Buffer => Buffer.from(text, 'ascii');
const ONE = Buffer.from([0x01]);

/** A subscription's key pair and auth secret, as a browser makes them. */
export interface BrowserSubscription {
  readonly p256dh: string;
  readonly auth: string;
  readonly privateKey: Buffer;
  readonly authSecret: Buffer;
}

export function browserSubscription(): BrowserSubscription {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const authSecret = randomBytes(16);
  return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: authSecret.toString('base64url'), privateKey: ecdh.getPrivateKey(), authSecret };
}

/** The parts of an `aes128gcm` body (RFC 8188 §2.1). */
export function parseHeader(body: Buffer) {
  const idlen = body.readUInt8(20);
  return { salt: body.subarray(0, 16), recordSize: body.readUInt32BE(16), keyId: body.subarray(21, 21 + idlen), records: body.subarray(21 + idlen) };
}

/** Decrypts a push message body with the browser's private key and auth secret; throws when anything is off. */
export function decryptAsBrowser(body: Buffer, uaPrivateKey: Buffer, authSecret: Buffer): Buffer {
  const { salt, recordSize, keyId: asPublic, records } = parseHeader(body);
  if (records.length > recordSize) throw new Error(`record of ${records.length} bytes exceeds rs ${recordSize}`);
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(uaPrivateKey);
  const uaPublic = ecdh.getPublicKey();
  const ecdhSecret = ecdh.computeSecret(asPublic);

  // RFC 8291 §3.3–3.4
  const prkKey = hmac(authSecret, ecdhSecret);
  const keyInfo = Buffer.concat([ascii('WebPush: info'), Buffer.from([0x00]), uaPublic, asPublic]);
  const ikm = hmac(prkKey, Buffer.concat([keyInfo, ONE]));
  // RFC 8188 §2.2–2.3
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.concat([ascii('Content-Encoding: aes128gcm'), Buffer.from([0x00]), ONE])).subarray(0, 16);
  const nonce = hmac(prk, Buffer.concat([ascii('Content-Encoding: nonce'), Buffer.from([0x00]), ONE])).subarray(0, 12);

  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(records.subarray(records.length - 16));
  const padded = Buffer.concat([decipher.update(records.subarray(0, records.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0x00) end -= 1;
  if (padded[end] !== 0x02) throw new Error('the only record must end with the last-record delimiter 0x02');
  return padded.subarray(0, end);
}

/** Parses and checks a VAPID `Authorization` header with the key it names (RFC 8292 §3); returns the JWT's parts. */
export function verifyVapid(authorization: string): { header: Record<string, unknown>; claims: Record<string, unknown>; publicKey: string } {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(authorization);
  if (!match?.[1] || !match[2]) throw new Error(`not a vapid authorization: ${authorization}`);
  const [jwt, publicKey] = [match[1], match[2]];
  const [header, claims, signature] = jwt.split('.') as [string, string, string];
  const point = Buffer.from(publicKey, 'base64url');
  if (point.length !== 65 || point[0] !== 0x04) throw new Error('k is not an uncompressed P-256 point');
  const key = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') },
    format: 'jwk',
  });
  const sig = Buffer.from(signature, 'base64url');
  if (sig.length !== 64) throw new Error('ES256 signature must be r||s (64 bytes)');
  if (!verify('sha256', Buffer.from(`${header}.${claims}`, 'ascii'), { key, dsaEncoding: 'ieee-p1363' }, sig)) throw new Error('VAPID signature does not verify');
  const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  return { header: decode(header), claims: decode(claims), publicKey };
}
