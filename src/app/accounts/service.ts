import type { Actor } from '../../core/actor.js';
import type { NetworkInput, OrganisationInput, UserInput } from '../../core/accounts/index.js';
import type { CommuneSummary, NetworkSummary, OrganisationSummary, UserDetail, UserListFilter, UserSummary } from './ports.js';

/** Accounts use cases (users, organisations, networks, communes), as the admin API calls them. */
export interface AccountsService {
  /** Users matching `q` (name or e-mail), sorted by last name. */
  listUsers(filter: UserListFilter): Promise<UserSummary[]>;
  /** Throws `accounts.not_found`. */
  getUser(id: string): Promise<UserDetail>;
  /** Creates a user and its child rows in one transaction. */
  createUser(input: UserInput): Promise<UserDetail>;
  /** Replaces a user and its child rows in one transaction; `password` optional. */
  updateUser(actor: Actor, id: string, input: UserInput): Promise<UserDetail>;
  deactivateUser(actor: Actor, id: string): Promise<UserDetail>;
  reactivateUser(id: string): Promise<UserDetail>;

  listOrganisations(filter: { includeInactive: boolean }): Promise<OrganisationSummary[]>;
  createOrganisation(input: OrganisationInput): Promise<OrganisationSummary>;
  /** Throws `organisations.not_found`. */
  updateOrganisation(id: string, input: OrganisationInput): Promise<OrganisationSummary>;
  deactivateOrganisation(id: string): Promise<OrganisationSummary>;
  reactivateOrganisation(id: string): Promise<OrganisationSummary>;

  listNetworks(filter: { includeInactive: boolean }): Promise<NetworkSummary[]>;
  createNetwork(input: NetworkInput): Promise<NetworkSummary>;
  /** Throws `networks.not_found`. */
  updateNetwork(id: string, input: NetworkInput): Promise<NetworkSummary>;
  deactivateNetwork(id: string): Promise<NetworkSummary>;
  reactivateNetwork(id: string): Promise<NetworkSummary>;

  /** At most 20 communes for the practice-address picker. */
  searchCommunes(q: string): Promise<CommuneSummary[]>;
}
