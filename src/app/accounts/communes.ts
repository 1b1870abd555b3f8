import type { AccountsDeps } from './deps.js';
import type { CommuneSummary } from './ports.js';

export const COMMUNE_SEARCH_LIMIT = 20;

/**
 * Communes for the practice-address picker: by name prefix (accent-, case- and
 * hyphen-insensitive) or by postcode prefix when `q` is digits. At most 20.
 */
export async function searchCommunes(deps: AccountsDeps, q: string): Promise<CommuneSummary[]> {
  const query = q.trim().replace(/\s+/g, ' ');
  if (query === '') return [];
  return deps.stores.communes.search(query.slice(0, 100), COMMUNE_SEARCH_LIMIT);
}
