import { AppError } from '../../core/errors.js';
import type { AuthDeps } from './index.js';
import type { ActiveSession, Credentials } from './ports.js';
import type { NewSession, ResolvedSession } from './service.js';
import type { SessionCache } from './session-cache.js';
import type { SessionTouches } from './session-touches.js';
import { accountKey, ipKey, loginPolicies, minutesLeft } from './throttle.js';
import { hashToken, normaliseIdentifiant, randomToken } from './tokens.js';

/** A session's expiry slides forward at most this often. */
const TOUCH_INTERVAL_MS = 60_000;

const later = (a: Date | null, b: Date | null): Date | null => (a && b ? (a > b ? a : b) : (a ?? b));

/**
 * Login, logout and session lookup (answered from `cache` while it holds the session; the expiry slides in
 * `touches`, written after the request).
 */
export function createSessionUseCases({ stores, transactor, hasher, clock, config }: AuthDeps, cache: SessionCache, touches: SessionTouches) {
  const ttlMs = config.sessionTtlHours * 3_600_000;
  const policies = loginPolicies(config.loginThrottle);
  // Unknown accounts are checked against this hash, so that they answer as slowly as known ones.
  let dummyHash: Promise<string> | undefined;

  const passwordMatches = async (credentials: Credentials | null, password: string): Promise<boolean> => {
    if (!credentials?.passwordHash || !credentials.active) {
      dummyHash ??= hasher.hash(randomToken());
      await hasher.verify(await dummyHash, password);
      return false;
    }
    return hasher.verify(credentials.passwordHash, password);
  };

  const lookUp = async (tokenHash: string, now: Date): Promise<ActiveSession | null> => {
    const mark = cache.mark();
    const session = await stores.sessions.findActive(tokenHash, now);
    if (session) cache.set(tokenHash, session, now, mark);
    return session;
  };

  return {
    async resolveSession(token: string | undefined): Promise<ResolvedSession | null> {
      if (!token) return null;
      const tokenHash = hashToken(token);
      const now = clock.now();
      const session = cache.get(tokenHash, now) ?? (await lookUp(tokenHash, now));
      if (!session) return null;
      let renewedUntil: Date | null = null;
      if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
        renewedUntil = new Date(now.getTime() + ttlMs);
        // The cache learns it at once, so that the next requests do not queue it again.
        touches.record({ tokenHash, lastSeenAt: now, expiresAt: renewedUntil });
        cache.touched(tokenHash, now, renewedUntil);
      }
      return { actor: session.profile.actor, user: session.profile.user, renewedUntil };
    },

    async login(input: { identifiant: string; password: string; ip: string; previousToken?: string | undefined }): Promise<NewSession> {
      const identifiant = normaliseIdentifiant(input.identifiant);
      const keys = { account: accountKey(identifiant), ip: ipKey(input.ip) };
      const now = clock.now();
      const locked = await stores.throttles.lockedUntil([keys.account, keys.ip], now);
      if (locked) throw new AppError('auth.locked', { minutes: minutesLeft(locked, now) });

      const credentials = await stores.credentials.findByIdentifiant(identifiant);
      const matches = await passwordMatches(credentials, input.password);
      if (!credentials || !matches) {
        const lockedUntil = await transactor.run(async (s) => {
          const byAccount = await s.throttles.hit(keys.account, now, policies.account);
          const byIp = await s.throttles.hit(keys.ip, now, policies.ip);
          return later(byAccount.lockedUntil, byIp.lockedUntil);
        });
        if (lockedUntil && lockedUntil > now) throw new AppError('auth.locked', { minutes: minutesLeft(lockedUntil, now) });
        throw new AppError('auth.invalid_credentials');
      }

      const token = randomToken();
      const expiresAt = new Date(now.getTime() + ttlMs);
      const user = await transactor.run(async (s) => {
        if (input.previousToken) await s.sessions.delete(hashToken(input.previousToken));
        await s.sessions.deleteExpiredForUser(credentials.userId, now);
        await s.sessions.create({ tokenHash: hashToken(token), userId: credentials.userId, now, expiresAt });
        await s.throttles.clear(keys.account);
        const profile = await s.credentials.loadProfile(credentials.userId);
        // Deactivated between the password check and now.
        if (!profile) throw new AppError('auth.invalid_credentials');
        return profile.user;
      });
      // Other instances hear of the ended session from the database; this one forgets it at once.
      if (input.previousToken) cache.delete(hashToken(input.previousToken));
      return { token, expiresAt, user };
    },

    async logout(token: string | undefined): Promise<void> {
      if (!token) return;
      const tokenHash = hashToken(token);
      await stores.sessions.delete(tokenHash);
      cache.delete(tokenHash);
    },
  };
}
