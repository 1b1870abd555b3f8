import type { Territory } from '../../core/territories.js';

/** How precisely a suggestion's position locates the address (the BAN result types). */
export const addressPrecisions = ['housenumber', 'street', 'locality', 'municipality'] as const;
export type AddressPrecision = (typeof addressPrecisions)[number];

/**
 * One address suggestion: what the web shows in the "Adresse de résidence"
 * list and what the patients API accepts back as the picked address.
 */
export interface AddressSuggestion {
  /** The whole line shown to the user: "12 Rue des Lilas 91000 Évry-Courcouronnes". */
  readonly label: string;
  /** The street line ("12 Rue des Lilas"), or the locality / commune name. */
  readonly address: string;
  readonly postcode: string;
  readonly city: string;
  /** INSEE code of the commune. */
  readonly inseeCode: string;
  /** WGS-84 position. */
  readonly lat: number;
  readonly lng: number;
  readonly territory: Territory;
  /** IANA zone of the territory (Europe/Paris, America/Martinique…). */
  readonly timeZone: string;
  readonly precision: AddressPrecision;
}

export interface GeocodeOptions {
  /** Only addresses of this territory (mainland France, or one DROM). */
  readonly territory?: Territory | undefined;
  /** At most this many suggestions (default 5). */
  readonly limit?: number | undefined;
}

/** Turns what the user typed into address suggestions (autocomplete). */
export interface Geocoder {
  /**
   * Suggestions for a query of at least 3 characters, best first. Throws
   * `GeocoderUnavailable` when the service cannot answer (timeout, HTTP error,
   * unreadable answer); never with the query in its message.
   */
  search(query: string, options?: GeocodeOptions): Promise<AddressSuggestion[]>;
}

/** Why a geocoder could not answer: safe to log (no query, no URL). */
export type GeocoderFailure = 'timeout' | 'network' | 'rate_limited' | 'server_error' | 'http_error' | 'invalid_response';

/** The geocoding service did not answer usefully; the caller may fall back to another geocoder. */
export class GeocoderUnavailable extends Error {
  constructor(readonly kind: GeocoderFailure) {
    super(`geocoder unavailable: ${kind}`);
    this.name = 'GeocoderUnavailable';
  }
}

/** A commune of the commune table. */
export interface CommuneRecord {
  readonly inseeCode: string;
  readonly name: string;
  readonly postcodes: string[];
  readonly departement: string;
  readonly lat: number;
  readonly lng: number;
}

/** A commune found by `CommuneDirectory.matchNames`, with what it matched. */
export interface CommuneMatch extends CommuneRecord {
  /** Index in `names` of the whole name it has; null when none. */
  readonly wholeName: number | null;
  /** Index in `prefixes` of the first one its name starts with; null when none. */
  readonly prefix: number | null;
}

/** Read access to the commune table (national file or demo territory). */
export interface CommuneDirectory {
  /**
   * In one pass, the communes whose name is one of `names` or starts with one
   * of `prefixes`, comparing names without case, accents, hyphens or
   * apostrophes ("st" is not expanded: give "saint"). Sorted: whole-name
   * matches first, then by prefix index, names equal to that prefix, shorter
   * names. Optionally in one territory.
   */
  matchNames(query: {
    readonly names: readonly string[];
    readonly prefixes: readonly string[];
    readonly territory?: Territory | undefined;
    readonly limit: number;
  }): Promise<CommuneMatch[]>;
  /** Communes one of whose postcodes is `postcode`. */
  byPostcode(postcode: string, options: { readonly territory?: Territory | undefined }): Promise<CommuneRecord[]>;
  /** The commune picker: by name prefix, or by postcode prefix / INSEE code when `q` is digits. */
  search(q: string, limit: number): Promise<CommuneRecord[]>;
}

/** Where the addresses module reports an outside service failing (the kind only, never the query). */
export interface AddressesLog {
  warn(fields: { readonly geocoder: GeocoderFailure }, message: string): void;
}
