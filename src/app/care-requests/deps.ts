import type { Clock } from '../ports.js';
import type { CareRequestsStores, CareRequestsTransactor } from './ports.js';

/** What the care-requests use cases need (ports). */
export interface CareRequestsDeps {
  readonly clock: Clock;
  /** Base of the links in notifications (PUBLIC_URL). */
  readonly publicUrl: string;
  /** Stores for single reads outside any transaction. */
  readonly stores: CareRequestsStores;
  readonly transactor: CareRequestsTransactor;
}
