import type { AuthDeps } from '../app/auth/index.js';
import type { AuthStores } from '../app/auth/ports.js';
import type { Config } from '../config/index.js';
import { argon2Hasher } from './crypto/argon2-hasher.js';
import type { Db } from './db/client.js';
import { createSettingStore } from './db/stores/app-settings.js';
import { createCredentialStore } from './db/stores/credentials.js';
import { createThrottleStore } from './db/stores/login-throttles.js';
import { createResetTokenStore } from './db/stores/password-reset-tokens.js';
import { createSessionStore } from './db/stores/sessions.js';
import { createTransactor } from './db/transactor.js';

const authStores = (db: Db): AuthStores => ({
  credentials: createCredentialStore(db),
  sessions: createSessionStore(db),
  throttles: createThrottleStore(db),
  resetTokens: createResetTokenStore(db),
});

/** Adapters behind the auth ports (the CSRF secret is loaded lazily by the service). */
export function createAuthAdapters(_config: Config, db: Db): Omit<AuthDeps, 'clock' | 'messaging' | 'config'> {
  return {
    stores: authStores(db),
    transactor: createTransactor(db, authStores),
    hasher: argon2Hasher,
    settings: createSettingStore(db),
  };
}
