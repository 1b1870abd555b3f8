import type { Clock } from '../ports.js';
import type { PatientsStores, PatientsTransactor } from './ports.js';

/** What the patients use cases need (ports). */
export interface PatientsDeps {
  readonly clock: Clock;
  /** Stores for single reads outside any transaction. */
  readonly stores: PatientsStores;
  readonly transactor: PatientsTransactor;
}
