import type { Config } from '../../config/index.js';
import type { MessagingService } from '../messaging/service.js';
import type { Clock, Transactor } from '../ports.js';
import { createCsrf } from './csrf.js';
import { createPasswordResetUseCases } from './password-reset.js';
import type { AuthStores, PasswordHasher, SettingStore } from './ports.js';
import type { AuthService } from './service.js';
import type { SessionCache } from './session-cache.js';
import type { SessionTouches } from './session-touches.js';
import { createSessionUseCases } from './sessions.js';
import { randomToken } from './tokens.js';

export type { AuthService, NewSession, ResolvedSession, SessionUser, PasswordResetOutcome } from './service.js';
export { createSessionCache, type SessionCache } from './session-cache.js';
export { createSessionTouches, type SessionTouches } from './session-touches.js';

/** What the auth use cases need (ports). */
export interface AuthDeps {
  /** Stores outside any transaction (single-statement reads and writes). */
  readonly stores: AuthStores;
  /** Runs several writes in one transaction. */
  readonly transactor: Transactor<AuthStores>;
  readonly hasher: PasswordHasher;
  readonly settings: SettingStore;
  readonly clock: Clock;
  readonly messaging: MessagingService;
  readonly config: Config;
}

/**
 * The auth use cases over their ports. Resolved sessions are cached in `sessionCache`, which the caller
 * keeps in step with the other instances (`forgetUser`, `clear` on the database's notices); their expiries
 * slide in `sessionTouches`, which the caller flushes at shutdown.
 */
export function createAuthService(deps: AuthDeps, sessionCache: SessionCache, sessionTouches: SessionTouches): AuthService {
  const csrf = createCsrf(deps.config, deps.settings);
  return {
    ...createSessionUseCases(deps, sessionCache, sessionTouches),
    ...createPasswordResetUseCases(deps, sessionCache),
    newAnonymousBinding: randomToken,
    csrfToken: csrf.token,
    verifyCsrf: csrf.verify,
  };
}
