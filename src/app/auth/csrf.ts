import type { Config } from '../../config/index.js';
import type { SettingStore } from './ports.js';
import { randomToken, safeEqual, sign } from './tokens.js';

const SECRET_KEY = 'csrf_secret';

/**
 * Signed double-submit CSRF tokens: HMAC-SHA256(secret, binding) where the
 * binding is the session token, or an anonymous random value before sign-in.
 * The secret is `SESSION_SECRET`, or one generated once and kept in the
 * database so that every instance and restart shares it.
 */
export function createCsrf(config: Config, settings: SettingStore) {
  let secret: Promise<string> | undefined = config.sessionSecret ? Promise.resolve(config.sessionSecret) : undefined;
  const loadSecret = (): Promise<string> => {
    secret ??= settings.getOrCreate(SECRET_KEY, randomToken()).catch((error: unknown) => {
      secret = undefined;
      throw error;
    });
    return secret;
  };
  return {
    token: async (binding: string): Promise<string> => sign(await loadSecret(), binding),
    verify: async (binding: string, token: string | undefined): Promise<boolean> => {
      if (!token || !binding) return false;
      return safeEqual(sign(await loadSecret(), binding), token);
    },
  };
}
