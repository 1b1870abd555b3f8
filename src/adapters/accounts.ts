import type { AccountsDeps } from '../app/accounts/index.js';
import type { Config } from '../config/index.js';
import type { Db } from './db/client.js';

/** Adapters behind the accounts ports. */
export function createAccountsAdapters(_config: Config, _db: Db): AccountsDeps {
  return {};
}
