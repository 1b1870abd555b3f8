import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { assertPasswordPolicy, passwordProblem } from './password-policy.js';

describe('password policy', () => {
  it('accepts 12 to 128 characters', () => {
    expect(passwordProblem('a'.repeat(12))).toBeNull();
    expect(passwordProblem('a'.repeat(128))).toBeNull();
  });

  it('refuses shorter and longer passwords', () => {
    expect(passwordProblem('a'.repeat(11))).toBe('password.too_short');
    expect(passwordProblem('')).toBe('password.too_short');
    expect(passwordProblem('a'.repeat(129))).toBe('password.too_long');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('🔒'.repeat(11))).toBe('password.too_short');
    expect(passwordProblem('🔒'.repeat(12))).toBeNull();
  });

  it('throws a validation error on the field, with the bounds as params', () => {
    const error = (() => {
      try {
        assertPasswordPolicy('court', 'newPassword');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'validation.failed', params: { min: 12, max: 128 }, fields: { newPassword: 'password.too_short' } });
  });
});
