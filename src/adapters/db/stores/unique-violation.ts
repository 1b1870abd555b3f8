/**
 * The constraint behind a unique violation (SQLSTATE 23505), looking through
 * the wrappers Drizzle puts around driver errors; null for any other error.
 * Works for `pg` and PGlite errors alike (both expose `code` and `constraint`).
 */
export function uniqueViolation(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const candidate = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (candidate.code === '23505') return typeof candidate.constraint === 'string' ? candidate.constraint : '';
    current = candidate.cause;
  }
  return null;
}

/** Escapes `%`, `_` and `\` for a LIKE pattern (default escape character). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, '\\$&');
}
