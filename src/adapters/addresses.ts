import type { AddressesDeps } from '../app/addresses/index.js';
import type { Config } from '../config/index.js';
import type { Db } from './db/client.js';
import { createCommuneDirectory } from './db/stores/communes-directory.js';
import { CommuneGeocoder } from './geocoding/commune-geocoder.js';
import { GeoplateformeGeocoder } from './geocoding/geoplateforme.js';

/**
 * Adapters behind the addresses ports (compose adds the log): the national
 * geocoder with the commune table as its fallback, or the commune table alone.
 */
export function createAddressesAdapters(config: Config, db: Db): Omit<AddressesDeps, 'log'> {
  const communes = createCommuneDirectory(db);
  const offline = new CommuneGeocoder(communes);
  if (config.geocoder.kind === 'offline') return { geocoder: offline, fallback: null, communes };
  const national = new GeoplateformeGeocoder({ baseUrl: config.geocoder.url, timeoutMs: config.geocoder.timeoutMs });
  return { geocoder: national, fallback: offline, communes };
}
