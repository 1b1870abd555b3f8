import type { Clock } from '../ports.js';
import type { CareActsStores, CareActsTransactor } from './ports.js';

/** What the care-acts use cases need (ports). */
export interface CareActsDeps {
  readonly clock: Clock;
  /** Stores for single reads outside any transaction. */
  readonly stores: CareActsStores;
  readonly transactor: CareActsTransactor;
}
