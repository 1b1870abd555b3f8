import { describe, expect, it } from 'vitest';
import { verifyVapid } from '../../../test/support/push-browser.js';
import type { SettingStore } from '../../app/auth/ports.js';
import { loadVapidKeys, VAPID_SETTING_KEY } from './keys.js';
import { generateVapidKeys, VAPID_TOKEN_LIFETIME_SECONDS, vapidAuthorization, vapidSigningKey } from './vapid.js';

/** An in-memory `app_settings`: the first write of a key wins. */
function memorySettings(): SettingStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getOrCreate: async (key, candidate) => {
      if (!values.has(key)) values.set(key, candidate);
      return values.get(key) ?? candidate;
    },
  };
}

describe('VAPID (RFC 8292)', () => {
  it('generates a P-256 pair in the Web Push format (65-byte point, 32-byte scalar, base64url)', () => {
    const keys = generateVapidKeys();
    expect(keys.publicKey).toMatch(/^[\w-]{87}$/);
    expect(keys.privateKey).toMatch(/^[\w-]{43}$/);
    expect(Buffer.from(keys.publicKey, 'base64url')[0]).toBe(0x04);
    expect(() => vapidSigningKey(keys)).not.toThrow();
  });

  it('signs an ES256 JWT for the origin of the endpoint that its public key verifies', () => {
    const keys = generateVapidKeys();
    const now = new Date('2026-03-01T08:00:00Z');
    const authorization = vapidAuthorization(
      { key: vapidSigningKey(keys), publicKey: keys.publicKey, subject: 'mailto:support@declic.example' },
      new URL('https://fcm.googleapis.com/fcm/send/abc:def?x=1'),
      now,
    );
    const { header, claims, publicKey } = verifyVapid(authorization);
    expect(publicKey).toBe(keys.publicKey);
    expect(header).toEqual({ typ: 'JWT', alg: 'ES256' });
    expect(claims).toEqual({ aud: 'https://fcm.googleapis.com', exp: now.getTime() / 1000 + VAPID_TOKEN_LIFETIME_SECONDS, sub: 'mailto:support@declic.example' });
    expect(VAPID_TOKEN_LIFETIME_SECONDS).toBeLessThanOrEqual(24 * 3600);
  });

  it('keeps a non-default port in the audience', () => {
    const keys = generateVapidKeys();
    const authorization = vapidAuthorization({ key: vapidSigningKey(keys), publicKey: keys.publicKey, subject: 'https://declic.example' }, new URL('https://push.example:8443/p/1'), new Date());
    expect(verifyVapid(authorization).claims.aud).toBe('https://push.example:8443');
  });

  it('refuses a malformed or mismatched pair', () => {
    const a = generateVapidKeys();
    const b = generateVapidKeys();
    expect(() => vapidSigningKey({ publicKey: a.publicKey, privateKey: b.privateKey })).toThrow(/does not belong/);
    expect(() => vapidSigningKey({ publicKey: a.publicKey.slice(2), privateKey: a.privateKey })).toThrow(/public key/);
    expect(() => vapidSigningKey({ publicKey: a.publicKey, privateKey: a.privateKey.slice(4) })).toThrow(/private key/);
    // The error never shows the key.
    expect(() => vapidSigningKey({ publicKey: a.publicKey, privateKey: b.privateKey })).not.toThrow(b.privateKey);
  });

  it('generates the pair once, stores it as one setting and reuses it', async () => {
    const settings = memorySettings();
    const first = await loadVapidKeys(null, settings);
    const second = await loadVapidKeys(null, settings);
    expect(second).toEqual(first);
    expect(JSON.parse(settings.values.get(VAPID_SETTING_KEY) ?? '')).toEqual(first);
  });

  it('takes the configured pair over a stored one, and refuses a broken configured pair', async () => {
    const settings = memorySettings();
    const configured = generateVapidKeys();
    expect(await loadVapidKeys(configured, settings)).toEqual(configured);
    expect(settings.values.size).toBe(0);
    await expect(loadVapidKeys({ publicKey: configured.publicKey, privateKey: generateVapidKeys().privateKey }, settings)).rejects.toThrow(/does not belong/);
  });

  it('refuses an unreadable stored pair rather than replacing it (subscriptions are bound to it)', async () => {
    const settings = memorySettings();
    settings.values.set(VAPID_SETTING_KEY, 'not json');
    await expect(loadVapidKeys(null, settings)).rejects.toThrow(/unreadable/);
    expect(settings.values.get(VAPID_SETTING_KEY)).toBe('not json');
  });
});
