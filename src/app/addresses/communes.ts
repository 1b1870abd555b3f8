import type { AddressesDeps } from './deps.js';
import type { CommuneChoice } from './service.js';

export const COMMUNE_CHOICE_LIMIT = 20;

/**
 * Communes for the "Lieu de naissance" picker: by name prefix (accent-, case-
 * and hyphen-insensitive), or by postcode prefix / INSEE code when `q` is digits.
 */
export async function searchCommuneChoices(deps: AddressesDeps, q: string): Promise<CommuneChoice[]> {
  const query = q.replace(/\s+/g, ' ').trim().slice(0, 100);
  if (query === '') return [];
  const rows = await deps.communes.search(query, COMMUNE_CHOICE_LIMIT);
  return rows.map(({ inseeCode, name, postcodes, departement }) => ({ inseeCode, name, postcodes, departement }));
}
