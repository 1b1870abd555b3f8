import { AppError } from '../../core/errors.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '../../core/validators/index.js';

/** Throws `validation.failed` on `field` when the password breaks the policy of `core/validators`. */
export function assertPasswordPolicy(password: string, field = 'password'): void {
  const problem = passwordProblem(password);
  if (problem) throw new AppError('validation.failed', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }, { [field]: problem });
}
