import { searchCommunes } from './communes.js';
import { createUser } from './create-user.js';
import type { AccountsDeps } from './deps.js';
import { createNetwork, listNetworks, setNetworkActive, updateNetwork } from './networks.js';
import { createOrganisation, listOrganisations, setOrganisationActive, updateOrganisation } from './organisations.js';
import type { AccountsService } from './service.js';
import { updateUser } from './update-user.js';
import { deactivateUser, reactivateUser } from './user-activation.js';
import { getUser, listUsers } from './users-read.js';

export type { AccountsDeps } from './deps.js';
export type * from './ports.js';
export type { AccountsService } from './service.js';

/** Binds the accounts use cases to their ports. */
export function createAccountsService(deps: AccountsDeps): AccountsService {
  return {
    listUsers: (filter) => listUsers(deps, filter),
    getUser: (id) => getUser(deps, id),
    createUser: (input) => createUser(deps, input),
    updateUser: (actor, id, input) => updateUser(deps, actor, id, input),
    deactivateUser: (actor, id) => deactivateUser(deps, actor, id),
    reactivateUser: (id) => reactivateUser(deps, id),
    listOrganisations: (filter) => listOrganisations(deps, filter),
    createOrganisation: (input) => createOrganisation(deps, input),
    updateOrganisation: (id, input) => updateOrganisation(deps, id, input),
    deactivateOrganisation: (id) => setOrganisationActive(deps, id, false),
    reactivateOrganisation: (id) => setOrganisationActive(deps, id, true),
    listNetworks: (filter) => listNetworks(deps, filter),
    createNetwork: (input) => createNetwork(deps, input),
    updateNetwork: (id, input) => updateNetwork(deps, id, input),
    deactivateNetwork: (id) => setNetworkActive(deps, id, false),
    reactivateNetwork: (id) => setNetworkActive(deps, id, true),
    searchCommunes: (q) => searchCommunes(deps, q),
  };
}
