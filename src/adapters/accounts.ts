import type { AccountsDeps, AccountsStores } from '../app/accounts/index.js';
import type { Config } from '../config/index.js';
import { argon2Hasher } from './crypto/argon2-hasher.js';
import type { Db } from './db/client.js';
import { createCareActCatalogue } from './db/stores/care-acts.js';
import { createCommuneStore } from './db/stores/communes.js';
import { createNetworkStore } from './db/stores/networks.js';
import { createOrganisationStore } from './db/stores/organisations.js';
import { createUserStore } from './db/stores/users.js';
import { createTransactor } from './db/transactor.js';

const accountsStores = (db: Db): AccountsStores => ({
  users: createUserStore(db),
  organisations: createOrganisationStore(db),
  networks: createNetworkStore(db),
  communes: createCommuneStore(db),
  careActs: createCareActCatalogue(db),
});

/** Adapters behind the accounts ports (compose adds the clock). */
export function createAccountsAdapters(_config: Config, db: Db): Omit<AccountsDeps, 'clock'> {
  return {
    passwordHasher: argon2Hasher,
    stores: accountsStores(db),
    transactor: createTransactor(db, accountsStores),
  };
}
