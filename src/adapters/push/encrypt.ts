import { createCipheriv, createECDH, hkdfSync, randomBytes } from 'node:crypto';

/** Record size announced in the header (RFC 8188 §2.1); the one record is always smaller. */
const RECORD_SIZE = 4096;
/** salt (16) + rs (4) + idlen (1) + keyid = the server's public key (65). */
const HEADER_LENGTH = 86;
const TAG_LENGTH = 16;
/** Push services accept at least 4096 bytes of body (RFC 8030 §7.2): the most a message may carry (RFC 8291 §4). */
export const MAX_PLAINTEXT_LENGTH = 4096 - HEADER_LENGTH - TAG_LENGTH - 1;

export class InvalidSubscriptionKeys extends Error {}
export class PayloadTooLarge extends Error {}

/** Fixed inputs, for the RFC 8291 test vector only: a new salt and key pair are drawn for every message otherwise. */
export interface EncryptionSeed {
  readonly salt: Buffer;
  /** The application server's ephemeral private key (32 bytes). */
  readonly senderPrivateKey: Buffer;
}

const hkdf = (ikm: Buffer, salt: Buffer, info: Buffer, length: number): Buffer => Buffer.from(hkdfSync('sha256', ikm, salt, info, length));

/**
 * Encrypts a push message for one subscription (RFC 8291 over RFC 8188
 * `aes128gcm`): ECDH P-256 between a one-off key pair and the browser's
 * `p256dh` key, the `auth` secret mixed in by HKDF, one record ended by the
 * 0x02 delimiter, no padding. Returns the whole request body (header + record).
 * Throws `InvalidSubscriptionKeys` or `PayloadTooLarge`.
 */
export function encryptPushMessage(plaintext: Buffer, p256dh: string, auth: string, seed?: EncryptionSeed): Buffer {
  if (plaintext.length > MAX_PLAINTEXT_LENGTH) throw new PayloadTooLarge(`push message of ${plaintext.length} bytes (at most ${MAX_PLAINTEXT_LENGTH})`);
  const uaPublic = Buffer.from(p256dh, 'base64url');
  const authSecret = Buffer.from(auth, 'base64url');
  if (uaPublic.length !== 65 || uaPublic[0] !== 0x04) throw new InvalidSubscriptionKeys('p256dh is not an uncompressed P-256 point');
  if (authSecret.length !== 16) throw new InvalidSubscriptionKeys('auth is not 16 bytes');

  const ecdh = createECDH('prime256v1');
  if (seed) ecdh.setPrivateKey(seed.senderPrivateKey);
  else ecdh.generateKeys();
  const asPublic = ecdh.getPublicKey();
  let sharedSecret: Buffer;
  try {
    sharedSecret = ecdh.computeSecret(uaPublic);
  } catch {
    throw new InvalidSubscriptionKeys('p256dh is not a point of P-256');
  }
  const salt = seed?.salt ?? randomBytes(16);

  // RFC 8291 §3.4: IKM = HKDF(auth_secret, ecdh_secret, "WebPush: info" || 0x00 || ua_public || as_public, 32)
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0', 'ascii'), uaPublic, asPublic]);
  const ikm = hkdf(sharedSecret, authSecret, keyInfo, 32);
  // RFC 8188 §2.2–2.3: content-encryption key and nonce from the salt.
  const cek = hkdf(ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0', 'ascii'), 16);
  const nonce = hkdf(ikm, salt, Buffer.from('Content-Encoding: nonce\0', 'ascii'), 12);

  const header = Buffer.alloc(HEADER_LENGTH);
  salt.copy(header, 0);
  header.writeUInt32BE(RECORD_SIZE, 16);
  header.writeUInt8(asPublic.length, 20);
  asPublic.copy(header, 21);

  // One record, sequence number 0: the nonce is used as is.
  const cipher = createCipheriv('aes-128-gcm', cek, nonce);
  const record = Buffer.concat([cipher.update(plaintext), cipher.update(Buffer.from([0x02])), cipher.final(), cipher.getAuthTag()]);
  return Buffer.concat([header, record]);
}
