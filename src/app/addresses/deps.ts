import type { AddressesLog, CommuneDirectory, Geocoder } from './ports.js';

/** What the addresses use cases need (ports). */
export interface AddressesDeps {
  /** The configured geocoder (national service, or the commune table). */
  readonly geocoder: Geocoder;
  /** Used when `geocoder` is unavailable; null when `geocoder` is already the offline one. */
  readonly fallback: Geocoder | null;
  readonly communes: CommuneDirectory;
  readonly log: AddressesLog;
}
