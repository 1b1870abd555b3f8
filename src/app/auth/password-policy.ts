import { AppError, invalidFields } from '../../core/errors.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** The field code of a password that breaks the policy (length in characters), or null. */
export function passwordProblem(password: string): 'password.too_short' | 'password.too_long' | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'password.too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'password.too_long';
  return null;
}

/** Throws `validation.failed` on `field` when the password breaks the policy. */
export function assertPasswordPolicy(password: string, field = 'password'): void {
  const problem = passwordProblem(password);
  if (problem) {
    const error = invalidFields({ [field]: problem });
    throw new AppError(error.code, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }, error.fields);
  }
}
