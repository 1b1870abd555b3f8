import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random 32-byte token, base64url (43 characters): session, reset and anonymous tokens. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: its SHA-256, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** HMAC-SHA256 of `value` under `secret`, base64url. */
export function sign(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value, 'utf8').digest('base64url');
}

/** Compares two strings in constant time (for equal lengths). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The identifiant as stored: trimmed and lower-cased. */
export function normaliseIdentifiant(identifiant: string): string {
  return identifiant.trim().toLowerCase();
}
