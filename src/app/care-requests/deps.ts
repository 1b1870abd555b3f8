import type { Clock } from '../ports.js';
import type { CareRequestsStores, CareRequestsTransactor } from './ports.js';

/** What the care-requests use cases need (ports). */
export interface CareRequestsDeps {
  readonly clock: Clock;
  /** Stores for single reads outside any transaction. */
  readonly stores: CareRequestsStores;
  readonly transactor: CareRequestsTransactor;
}
