import type { Config } from '../../config/index.js';
import type { ThrottlePolicy } from './ports.js';

const MINUTE_MS = 60_000;

/** Throttle key of an account identifiant (exists or not: unknown identifiants are counted too). */
export const accountKey = (identifiant: string): string => `acct:${identifiant}`;
/** Throttle key of a client IP. */
export const ipKey = (ip: string): string => `ip:${ip}`;
/** Throttle key of password-reset requests for an identifiant. */
export const resetKey = (identifiant: string): string => `reset:${identifiant}`;

/** Password-reset e-mails per identifiant: at most this many per window. */
export const RESET_REQUESTS_PER_WINDOW = 3;
export const resetPolicy: ThrottlePolicy = { limit: RESET_REQUESTS_PER_WINDOW, windowMs: 15 * MINUTE_MS, lockMs: 15 * MINUTE_MS };

/** Failed-login policies of the configuration: per account and per IP, counted and locked for `lockMinutes`. */
export function loginPolicies(config: Config['loginThrottle']): { account: ThrottlePolicy; ip: ThrottlePolicy } {
  const windowMs = config.lockMinutes * MINUTE_MS;
  return {
    account: { limit: config.maxFailures, windowMs, lockMs: windowMs },
    ip: { limit: config.ipMaxFailures, windowMs, lockMs: windowMs },
  };
}

/** Whole minutes left until `until`, rounded up, at least 1. */
export function minutesLeft(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / MINUTE_MS));
}
