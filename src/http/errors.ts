import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../core/errors.js';
import { t } from '../i18n/index.js';

/** The one table from error codes to HTTP statuses. */
export const httpStatus: Readonly<Record<ErrorCode, number>> = {
  'request.invalid_body': 400,
  'request.not_found': 404,
  'request.too_large': 413,
  'request.unsupported_media_type': 415,
  'request.rate_limited': 429,
  'validation.failed': 422,
  'auth.unauthenticated': 401,
  'auth.forbidden': 403,
  'auth.invalid_credentials': 401,
  'auth.locked': 429,
  'auth.csrf': 403,
  'auth.reset_token_invalid': 400,
  'accounts.not_found': 404,
  'accounts.email_taken': 409,
  'accounts.rpps_taken': 409,
  'accounts.adeli_taken': 409,
  'accounts.organisation_not_found': 422,
  'accounts.network_not_found': 422,
  'accounts.self_lockout': 409,
  'organisations.not_found': 404,
  'networks.not_found': 404,
  'addresses.unavailable': 503,
  'patients.not_found': 404,
  'patients.nir_taken': 409,
  'patients.search_empty': 422,
  'patients.access_lookup_invalid': 400,
  'patients.professional_not_found': 422,
  'patients.professional_mismatch': 422,
  'care_requests.not_found': 404,
  'care_requests.invalid_transition': 409,
  'care_requests.self_dispatch_forbidden': 403,
  'care_requests.batch_empty': 422,
  'care_requests.already_taken': 409,
  'care_requests.offer_closed': 409,
  'care_acts.not_found': 404,
  'documents.not_found': 404,
  'documents.too_large': 413,
  'documents.unsupported_type': 415,
  'directory.file_unreadable': 422,
  'directory.invalid_header': 422,
  internal: 500,
};

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
}

export function errorBody(error: AppError): ErrorBody {
  const body: ErrorBody = { code: error.code, message: t(`errors.${error.code}`, error.params) };
  const fieldEntries = Object.entries(error.fields);
  if (fieldEntries.length > 0) {
    body.fields = Object.fromEntries(fieldEntries.map(([name, code]) => [name, t(`fields.${code}`, error.params)]));
  }
  return body;
}

/** Turns Fastify's own errors (bad JSON, bad content type, schema failures…) into AppErrors. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (!(error instanceof Error)) return new AppError('internal');
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: Record<string, string> = {};
    for (const issue of error.validation) {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      fields[path || '_'] = /received undefined/.test(issue.message ?? '') ? 'required' : 'invalid';
    }
    return new AppError('validation.failed', {}, fields);
  }
  const { code, statusCode: status } = error as Partial<FastifyError>;
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('request.too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('request.unsupported_media_type');
    default:
      break;
  }
  if (status === 429) return new AppError('request.rate_limited');
  if (status !== undefined && status >= 400 && status < 500) {
    return new AppError('request.invalid_body', { details: 'corps de requête illisible' });
  }
  return new AppError('internal');
}

export function sendError(request: FastifyRequest, reply: FastifyReply, raw: unknown): FastifyReply {
  const error = toAppError(raw);
  const status = httpStatus[error.code];
  if (status >= 500) request.log.error({ err: raw }, 'request failed');
  else request.log.info({ code: error.code }, 'request refused');
  return reply.status(status).send(errorBody(error));
}
