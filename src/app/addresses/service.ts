import type { Territory } from '../../core/territories.js';
import type { AddressSuggestion } from './ports.js';

/** Suggestions for the "Adresse de résidence" picker. */
export interface AddressSuggestions {
  readonly suggestions: AddressSuggestion[];
  /** True when the national geocoder failed and these come from the commune table (commune centre only). */
  readonly degraded: boolean;
}

/** A commune of the "Lieu de naissance" picker. */
export interface CommuneChoice {
  readonly inseeCode: string;
  readonly name: string;
  readonly postcodes: string[];
  readonly departement: string;
}

/** Addresses use cases, as the HTTP API calls them. */
export interface AddressesService {
  /**
   * Address suggestions for what the user typed (fewer than 3 characters: none),
   * optionally in one territory. Falls back to the commune table, `degraded`,
   * when the national geocoder is unavailable.
   */
  suggestAddresses(q: string, options: { territory?: Territory | undefined; limit?: number | undefined }): Promise<AddressSuggestions>;
  /** At most 20 communes by name prefix, or by postcode / INSEE code. */
  searchCommunes(q: string): Promise<CommuneChoice[]>;
}
