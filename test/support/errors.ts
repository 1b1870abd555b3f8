import { AppError } from '../../src/core/errors.js';

/** The field messages of the `AppError` with `code` that `run` throws; {} when it throws none. Other errors are rethrown. */
export function fieldErrorsOf(run: () => unknown, code = 'validation.failed'): Record<string, string> {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError && error.code === code) return { ...error.fields };
    throw error;
  }
  return {};
}
