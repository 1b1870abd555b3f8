import type { Actor } from '../../core/actor.js';
import type { OrganisationKind, Profession } from '../../core/professions.js';

/** The signed-in user as the web app sees them (`GET /api/session`). */
export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly profession: Profession;
  readonly organisation: { readonly id: string; readonly name: string; readonly kind: OrganisationKind } | null;
  readonly isAdmin: boolean;
  readonly isSupervisor: boolean;
}

/** A request's session, resolved from its cookie token. */
export interface ResolvedSession {
  readonly actor: Actor;
  readonly user: SessionUser;
  /** Set when the expiry slid forward: the cookie should be sent again with this expiry. */
  readonly renewedUntil: Date | null;
}

/** A new session, whose token goes into the cookie. */
export interface NewSession {
  readonly token: string;
  readonly expiresAt: Date;
  readonly user: SessionUser;
}

/** What happened to a password-reset request (for logs only: the answer never tells). */
export type PasswordResetOutcome =
  | { readonly kind: 'sent' }
  | { readonly kind: 'ignored' }
  | { readonly kind: 'delivery_failed'; readonly errorCode: string };

/** Authentication use cases (login, sessions, CSRF, password reset). */
export interface AuthService {
  /**
   * The session behind a cookie token, or null (no token, unknown, expired, or
   * deactivated user). Slides the expiry at most once a minute.
   */
  resolveSession(token: string | undefined): Promise<ResolvedSession | null>;
  /**
   * Checks an identifiant and password, with per-account and per-IP lockout.
   * On success ends `previousToken`'s session and opens a new one.
   * @throws AppError `auth.locked` (429) or `auth.invalid_credentials` (401), the same whether or not the account exists.
   */
  login(input: { identifiant: string; password: string; ip: string; previousToken?: string | undefined }): Promise<NewSession>;
  /** Ends the session of `token` (no-op when there is none). */
  logout(token: string | undefined): Promise<void>;
  /** A fresh random value binding CSRF tokens of a signed-out browser. */
  newAnonymousBinding(): string;
  /** The CSRF token for a binding value (the session token, or the anonymous value). */
  csrfToken(binding: string): Promise<string>;
  /** Constant-time check of a CSRF token against its binding value. */
  verifyCsrf(binding: string, token: string | undefined): Promise<boolean>;
  /**
   * E-mails a single-use reset link (valid 1 hour) to an active account; does
   * nothing for an unknown or inactive identifiant, or beyond 3 requests per 15 minutes.
   */
  requestPasswordReset(identifiant: string): Promise<PasswordResetOutcome>;
  /**
   * Sets a new password with a reset token: the token is used up, every session
   * of the user ends and the account lockout is lifted.
   * @throws AppError `validation.failed` (password policy) or `auth.reset_token_invalid`.
   */
  confirmPasswordReset(input: { token: string; password: string }): Promise<void>;
}
