import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { assertPasswordPolicy } from './password-policy.js';

describe('password policy', () => {
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
