import { describe, expect, it } from 'vitest';
import { accountKey, ipKey, loginPolicies, minutesLeft, resetKey } from './throttle.js';

describe('login throttling rules', () => {
  it('names keys by kind', () => {
    expect(accountKey('a@b.fr')).toBe('acct:a@b.fr');
    expect(ipKey('10.0.0.1')).toBe('ip:10.0.0.1');
    expect(resetKey('a@b.fr')).toBe('reset:a@b.fr');
  });

  it('counts and locks for the configured minutes', () => {
    expect(loginPolicies({ maxFailures: 5, ipMaxFailures: 30, lockMinutes: 15 })).toEqual({
      account: { limit: 5, windowMs: 900_000, lockMs: 900_000 },
      ip: { limit: 30, windowMs: 900_000, lockMs: 900_000 },
    });
  });

  it('rounds the minutes left up, never below 1', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(minutesLeft(new Date('2026-03-01T10:15:00Z'), now)).toBe(15);
    expect(minutesLeft(new Date('2026-03-01T10:07:30Z'), now)).toBe(8);
    expect(minutesLeft(new Date('2026-03-01T10:00:01Z'), now)).toBe(1);
    expect(minutesLeft(now, now)).toBe(1);
  });
});
