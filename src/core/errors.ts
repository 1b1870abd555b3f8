/**
 * Every error the app reports on purpose. Codes are namespaced by module; the
 * HTTP status of each code is in `src/http/errors.ts`, its French message in the
 * i18n catalogue under `errors.<code>`.
 */
export const errorCodes = [
  'request.invalid_body',
  'request.not_found',
  'request.too_large',
  'request.unsupported_media_type',
  'request.rate_limited',
  'validation.failed',
  'auth.unauthenticated',
  'auth.forbidden',
  'auth.invalid_credentials',
  'auth.locked',
  'auth.csrf',
  'auth.reset_token_invalid',
  'accounts.not_found',
  'accounts.email_taken',
  'accounts.rpps_taken',
  'accounts.adeli_taken',
  'accounts.organisation_not_found',
  'accounts.network_not_found',
  'accounts.self_lockout',
  'organisations.not_found',
  'networks.not_found',
  'addresses.unavailable',
  'patients.not_found',
  'patients.nir_taken',
  'patients.search_empty',
  'patients.access_lookup_invalid',
  'patients.professional_not_found',
  'patients.professional_mismatch',
  'care_requests.not_found',
  'care_requests.invalid_transition',
  'care_requests.self_dispatch_forbidden',
  'care_requests.batch_empty',
  'care_requests.already_taken',
  'care_requests.offer_closed',
  'care_acts.not_found',
  'documents.not_found',
  'documents.too_large',
  'documents.unsupported_type',
  'directory.file_unreadable',
  'directory.invalid_header',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** Field-level validation codes, translated under `fields.<code>`. */
export type FieldErrors = Readonly<Record<string, string>>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly fields: FieldErrors = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** A validation failure on named fields (each value a field code such as `phone.invalid`). */
export function invalidFields(fields: FieldErrors): AppError {
  return new AppError('validation.failed', {}, fields);
}

/**
 * The code a failure carries (SQLSTATE, system or provider code), looked up along its causes — for logs, which
 * never take its message (a query's message quotes its values). Null when none has one.
 */
export function failureCode(error: unknown): string | null {
  for (let e = error; e && typeof e === 'object'; e = 'cause' in e ? e.cause : undefined) {
    if ('code' in e && typeof e.code === 'string') return e.code;
  }
  return null;
}
