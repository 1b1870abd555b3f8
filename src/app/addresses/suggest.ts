import { AppError } from '../../core/errors.js';
import type { Territory } from '../../core/territories.js';
import type { AddressesDeps } from './deps.js';
import { GeocoderUnavailable } from './ports.js';
import type { AddressSuggestions } from './service.js';

/** Shorter queries get no suggestion (the national geocoder refuses them too). */
export const ADDRESS_QUERY_MIN_LENGTH = 3;
export const ADDRESS_QUERY_MAX_LENGTH = 200;
export const DEFAULT_SUGGESTION_LIMIT = 8;
export const MAX_SUGGESTION_LIMIT = 20;

/** Trims, collapses spaces and drops control characters; cut to 200 characters. */
export function normaliseAddressQuery(q: string): string {
  return q
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, ADDRESS_QUERY_MAX_LENGTH)
    .trim();
}

/**
 * Address suggestions from the configured geocoder; when it is unavailable, the
 * offline (commune-level) ones marked `degraded`, with a warning naming the
 * failure kind only. Throws `addresses.unavailable` when there is no fallback.
 */
export async function suggestAddresses(
  deps: AddressesDeps,
  q: string,
  options: { territory?: Territory | undefined; limit?: number | undefined },
): Promise<AddressSuggestions> {
  const query = normaliseAddressQuery(q);
  if (query.length < ADDRESS_QUERY_MIN_LENGTH) return { suggestions: [], degraded: false };
  const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? DEFAULT_SUGGESTION_LIMIT)), MAX_SUGGESTION_LIMIT);
  const geocodeOptions = { territory: options.territory, limit };
  try {
    return { suggestions: await deps.geocoder.search(query, geocodeOptions), degraded: false };
  } catch (error) {
    if (!(error instanceof GeocoderUnavailable)) throw error;
    deps.log.warn({ geocoder: error.kind }, 'geocoder unavailable: offline fallback');
    if (!deps.fallback) throw new AppError('addresses.unavailable');
    return { suggestions: await deps.fallback.search(query, geocodeOptions), degraded: true };
  }
}
