import type { Clock } from '../ports.js';
import type { AccountsStores, AccountsTransactor, PasswordHasher } from './ports.js';

/** What the accounts use cases need (ports). */
export interface AccountsDeps {
  readonly clock: Clock;
  readonly passwordHasher: PasswordHasher;
  /** Stores for single reads outside any transaction. */
  readonly stores: AccountsStores;
  readonly transactor: AccountsTransactor;
}
