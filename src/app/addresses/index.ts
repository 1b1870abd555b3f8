import { searchCommuneChoices } from './communes.js';
import type { AddressesDeps } from './deps.js';
import type { AddressesService } from './service.js';
import { suggestAddresses } from './suggest.js';

export type { AddressesDeps } from './deps.js';
export type * from './ports.js';
export { GeocoderUnavailable, addressPrecisions } from './ports.js';
export type { AddressesService, AddressSuggestions, CommuneChoice } from './service.js';
export { ADDRESS_QUERY_MIN_LENGTH, MAX_SUGGESTION_LIMIT } from './suggest.js';

/** Binds the addresses use cases to their ports. */
export function createAddressesService(deps: AddressesDeps): AddressesService {
  return {
    suggestAddresses: (q, options) => suggestAddresses(deps, q, options),
    searchCommunes: (q) => searchCommuneChoices(deps, q),
  };
}
