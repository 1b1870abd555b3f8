import type { SettingStore } from '../../app/auth/ports.js';
import { generateVapidKeys, vapidSigningKey, type VapidKeys } from './vapid.js';

/** The `app_settings` key of the generated pair (JSON `{ publicKey, privateKey }`, one row so that both halves always match). */
export const VAPID_SETTING_KEY = 'vapid_keys';

function parseStored(value: string): VapidKeys {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = null;
  }
  if (!parsed || typeof parsed !== 'object' || !('publicKey' in parsed) || !('privateKey' in parsed)) {
    throw new Error(`app setting ${VAPID_SETTING_KEY} is unreadable`);
  }
  const { publicKey, privateKey } = parsed;
  if (typeof publicKey !== 'string' || typeof privateKey !== 'string') throw new Error(`app setting ${VAPID_SETTING_KEY} is unreadable`);
  return { publicKey, privateKey };
}

/**
 * The VAPID key pair: the configured one (VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY),
 * or one generated on first start and kept in `app_settings`, so that every
 * instance and restart signs with the same key (subscriptions are bound to it).
 * Throws when the pair is malformed or mismatched.
 */
export async function loadVapidKeys(configured: VapidKeys | null, settings: SettingStore): Promise<VapidKeys> {
  const keys = configured ?? parseStored(await settings.getOrCreate(VAPID_SETTING_KEY, JSON.stringify(generateVapidKeys())));
  vapidSigningKey(keys);
  return keys;
}
