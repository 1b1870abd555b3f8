import type { Actor } from '../../core/actor.js';
import type { SessionUser } from './service.js';

/** Password hashing (argon2id in production). */
export interface PasswordHasher {
  /** Hashes a password with a fresh salt. */
  hash(password: string): Promise<string>;
  /** True when `password` matches `hash`; false (never throws) for a malformed hash. */
  verify(hash: string, password: string): Promise<boolean>;
}

/** What login needs to know about an account. */
export interface Credentials {
  readonly userId: string;
  readonly email: string;
  readonly firstName: string;
  readonly passwordHash: string | null;
  readonly active: boolean;
}

/** A user as the session sees them: what the web app shows and what the access rules check. */
export interface UserProfile {
  readonly user: SessionUser;
  readonly actor: Actor;
}

export interface CredentialStore {
  /** The account whose identifiant (lower-case e-mail) is `identifiant`, active or not. */
  findByIdentifiant(identifiant: string): Promise<Credentials | null>;
  /** The profile of an active user; null when missing or deactivated. */
  loadProfile(userId: string): Promise<UserProfile | null>;
  /** Replaces the password hash of an active user; returns its identifiant, or null when missing or deactivated. */
  setPasswordHash(userId: string, passwordHash: string, now: Date): Promise<string | null>;
}

/** A live session and its (active) user. */
export interface ActiveSession {
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
  readonly profile: UserProfile;
}

/** A session seen at `lastSeenAt`, whose expiry slides to `expiresAt`. */
export interface SessionTouch {
  readonly tokenHash: string;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
}

export interface SessionStore {
  /** Stores a new session under the SHA-256 of its token. */
  create(session: { tokenHash: string; userId: string; now: Date; expiresAt: Date }): Promise<void>;
  /** The unexpired session of an active user, or null. */
  findActive(tokenHash: string, now: Date): Promise<ActiveSession | null>;
  /**
   * Slides the expiry of several sessions in one statement; a session whose stored expiry is already later
   * keeps it (touches of two instances may arrive out of order).
   */
  touchMany(touches: readonly SessionTouch[]): Promise<void>;
  delete(tokenHash: string): Promise<void>;
  /** Ends every session of a user. */
  deleteForUser(userId: string): Promise<void>;
  /** Removes a user's expired sessions. */
  deleteExpiredForUser(userId: string, now: Date): Promise<void>;
}

/** How many hits a throttle key may take in a window before it locks. */
export interface ThrottlePolicy {
  readonly limit: number;
  readonly windowMs: number;
  readonly lockMs: number;
}

/** Counters shared by every app instance (failed logins, reset requests). */
export interface ThrottleStore {
  /** The latest end of lock among `keys` still locked at `now`, or null when none is locked. */
  lockedUntil(keys: readonly string[], now: Date): Promise<Date | null>;
  /**
   * Counts one hit on `key`, atomically (one statement, safe across instances):
   * a new window starts when the previous one (or its lock) is over; the key
   * locks for `lockMs` when the count reaches `limit`.
   */
  hit(key: string, now: Date, policy: ThrottlePolicy): Promise<{ count: number; lockedUntil: Date | null }>;
  /** Forgets a key (counter and lock). */
  clear(key: string): Promise<void>;
}

export interface ResetTokenStore {
  /** Stores a new reset token under its SHA-256. */
  create(token: { tokenHash: string; userId: string; now: Date; expiresAt: Date }): Promise<void>;
  /** Marks an unexpired, unused token as used, atomically; returns its user, or null when it cannot be used. */
  consume(tokenHash: string, now: Date): Promise<string | null>;
  /** Marks every unused token of a user as used. */
  revokeForUser(userId: string, now: Date): Promise<void>;
}

/** Settings the app generates once and shares between instances. */
export interface SettingStore {
  /** The value under `key`; stores `candidate` first when there is none (the first writer wins). */
  getOrCreate(key: string, candidate: string): Promise<string>;
}

/** The stores a transaction of the auth module works with. */
export interface AuthStores {
  readonly credentials: CredentialStore;
  readonly sessions: SessionStore;
  readonly throttles: ThrottleStore;
  readonly resetTokens: ResetTokenStore;
}
