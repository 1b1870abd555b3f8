import { AppError, failureCode } from '../../core/errors.js';
import { t } from '../../i18n/index.js';
import type { AuthDeps } from './index.js';
import { assertPasswordPolicy } from './password-policy.js';
import type { PasswordResetOutcome } from './service.js';
import type { SessionCache } from './session-cache.js';
import { accountKey, RESET_REQUESTS_PER_WINDOW, resetKey, resetPolicy } from './throttle.js';
import { hashToken, normaliseIdentifiant, randomToken } from './tokens.js';

/** A reset link is valid this long. */
export const RESET_TOKEN_TTL_MS = 3_600_000;

/** The page of the web app that takes a reset token. */
export const resetLink = (publicUrl: string, token: string): string =>
  `${publicUrl}/reinitialiser-mot-de-passe?token=${encodeURIComponent(token)}`;

/** Password reset by an e-mailed, single-use token. */
export function createPasswordResetUseCases({ stores, transactor, hasher, clock, messaging, config }: AuthDeps, cache: SessionCache) {
  return {
    async requestPasswordReset(rawIdentifiant: string): Promise<PasswordResetOutcome> {
      const identifiant = normaliseIdentifiant(rawIdentifiant);
      const now = clock.now();
      const { count } = await stores.throttles.hit(resetKey(identifiant), now, resetPolicy);
      if (count > RESET_REQUESTS_PER_WINDOW) return { kind: 'ignored' };
      const credentials = await stores.credentials.findByIdentifiant(identifiant);
      if (!credentials?.active) return { kind: 'ignored' };

      const token = randomToken();
      const expiresAt = new Date(now.getTime() + RESET_TOKEN_TTL_MS);
      await stores.resetTokens.create({ tokenHash: hashToken(token), userId: credentials.userId, now, expiresAt });
      const params = { firstName: credentials.firstName, link: resetLink(config.publicUrl, token) };
      try {
        await messaging.sendEmail({
          to: credentials.email,
          subject: t('email.passwordReset.subject'),
          text: t('email.passwordReset.text', params),
        });
        return { kind: 'sent' };
      } catch (error) {
        return { kind: 'delivery_failed', errorCode: failureCode(error) ?? (error instanceof Error ? error.name : 'unknown') };
      }
    },

    async confirmPasswordReset({ token, password }: { token: string; password: string }): Promise<void> {
      assertPasswordPolicy(password);
      const passwordHash = await hasher.hash(password);
      const now = clock.now();
      const userId = await transactor.run(async (s) => {
        const userId = await s.resetTokens.consume(hashToken(token), now);
        if (!userId) throw new AppError('auth.reset_token_invalid');
        const identifiant = await s.credentials.setPasswordHash(userId, passwordHash, now);
        if (!identifiant) throw new AppError('auth.reset_token_invalid');
        await s.resetTokens.revokeForUser(userId, now);
        await s.sessions.deleteForUser(userId);
        await s.throttles.clear(accountKey(identifiant));
        return userId;
      });
      // Other instances hear of the ended sessions from the database; this one forgets them at once.
      cache.forgetUser(userId);
    },
  };
}
