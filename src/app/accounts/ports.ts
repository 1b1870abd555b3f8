import type { AbsenceDraft, SupervisionScopes, WorkingHoursSlot } from '../../core/accounts/index.js';
import type { AllowedCareActs } from '../../core/care-acts.js';
import type { CareMode, OrganisationKind, Profession } from '../../core/professions.js';
import type { Transactor } from '../ports.js';

/** Hashes the passwords an administrator sets (argon2id in production). */
export interface PasswordHasher {
  /** Hashes a password with a fresh salt. */
  hash(password: string): Promise<string>;
}

/** One line of the admin user list. */
export interface UserSummary {
  readonly id: string;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly profession: Profession;
  readonly organisation: { readonly id: string; readonly name: string } | null;
  readonly isAdmin: boolean;
  /** Supervises at least one organisation or network. */
  readonly isSupervisor: boolean;
  readonly active: boolean;
  /** City of the practice address. */
  readonly city: string | null;
}

export interface Practice {
  readonly address: string;
  readonly inseeCode: string;
  readonly postcode: string;
  readonly city: string;
  readonly lat: number;
  readonly lng: number;
}

/** Everything an administrator edits about a user (never the password hash). */
export interface UserDetail extends UserSummary {
  readonly rpps: string | null;
  readonly adeli: string | null;
  readonly mobilePhone: string | null;
  readonly organisationId: string | null;
  readonly practice: Practice | null;
  readonly serviceRadiusKm: number;
  readonly careActs: string[];
  readonly careModes: CareMode[];
  readonly workingHours: { readonly weekday: number; readonly start: string; readonly end: string }[];
  readonly absences: { readonly id: string; readonly startsOn: string; readonly endsOn: string; readonly reason: string | null }[];
  readonly supervises: { readonly organisationIds: string[]; readonly networkIds: string[] };
  readonly networkIds: string[];
}

/** The columns of a user row the admin writes. */
export interface UserRecord {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly profession: Profession;
  readonly rpps: string | null;
  readonly adeli: string | null;
  readonly mobilePhone: string | null;
  readonly organisationId: string | null;
  readonly isAdmin: boolean;
  readonly practice: Practice | null;
  readonly serviceRadiusKm: number;
  readonly careActs: readonly string[];
  readonly careModes: readonly CareMode[];
}

export interface UserListFilter {
  /** Part of a name or e-mail, accent- and case-insensitive. */
  readonly q: string | null;
  readonly includeInactive: boolean;
}

export interface UserStore {
  /** Users matching the filter, sorted by last name then first name. */
  list(filter: UserListFilter): Promise<UserSummary[]>;
  /** The user with its schedule, memberships and supervisions; null when missing. */
  get(id: string): Promise<UserDetail | null>;
  /** Which of these identifiers already belong to a user other than `exceptId`. */
  findTaken(values: { email: string; rpps: string | null; adeli: string | null }, exceptId: string | null): Promise<{ email: boolean; rpps: boolean; adeli: boolean }>;
  /**
   * Inserts a user and returns its id. Throws `accounts.email_taken` /
   * `rpps_taken` / `adeli_taken` when a concurrent insert won the unique index.
   */
  insert(record: UserRecord, passwordHash: string, now: Date): Promise<string>;
  /** Updates (and row-locks) a user; false when missing. Same unique errors as `insert`. */
  update(id: string, record: UserRecord, now: Date): Promise<boolean>;
  setPasswordHash(id: string, passwordHash: string, now: Date): Promise<void>;
  /** Replaces the weekly hours and the absences of a user. */
  replaceSchedule(userId: string, hours: readonly WorkingHoursSlot[], absences: readonly AbsenceDraft[]): Promise<void>;
  /** Replaces the networks a user is a member of. */
  replaceNetworks(userId: string, networkIds: readonly string[]): Promise<void>;
  replaceSupervisions(userId: string, scopes: SupervisionScopes): Promise<void>;
  /** Activates or deactivates a user; false when missing. */
  setActive(id: string, active: boolean, now: Date): Promise<boolean>;
  /** The subset of `ids` that are users. */
  existingIds(ids: readonly string[]): Promise<string[]>;
}

export interface OrganisationSummary {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  /** E.164 */
  readonly phone: string | null;
  readonly active: boolean;
  /** Active users attached to the organisation. */
  readonly memberCount: number;
}

export interface OrganisationRecord {
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly phone: string | null;
}

export interface OrganisationStore {
  /** Sorted by name. */
  list(filter: { includeInactive: boolean }): Promise<OrganisationSummary[]>;
  get(id: string): Promise<OrganisationSummary | null>;
  insert(record: OrganisationRecord, now: Date): Promise<string>;
  /** False when missing. */
  update(id: string, record: OrganisationRecord, now: Date): Promise<boolean>;
  setActive(id: string, active: boolean, now: Date): Promise<boolean>;
  /** The subset of `ids` that are organisations. */
  existingIds(ids: readonly string[]): Promise<string[]>;
}

export interface NetworkSummary {
  readonly id: string;
  readonly name: string;
  readonly kind: 'cpts';
  readonly active: boolean;
  readonly memberIds: string[];
}

export interface NetworkStore {
  /** Sorted by name. */
  list(filter: { includeInactive: boolean }): Promise<NetworkSummary[]>;
  get(id: string): Promise<NetworkSummary | null>;
  insert(name: string, now: Date): Promise<string>;
  /** Renames (and row-locks) a network; false when missing. */
  update(id: string, name: string, now: Date): Promise<boolean>;
  /** Replaces the members of a network. */
  replaceMembers(networkId: string, userIds: readonly string[]): Promise<void>;
  setActive(id: string, active: boolean, now: Date): Promise<boolean>;
  /** The subset of `ids` that are networks. */
  existingIds(ids: readonly string[]): Promise<string[]>;
}

export interface CommuneSummary {
  readonly inseeCode: string;
  readonly name: string;
  readonly postcodes: string[];
  readonly lat: number;
  readonly lng: number;
}

export interface CommuneStore {
  /**
   * Communes whose name starts with `q` (accent-, case-, hyphen-insensitive) or
   * one of whose postcodes starts with `q` when `q` is digits; best matches first.
   */
  search(q: string, limit: number): Promise<CommuneSummary[]>;
  get(inseeCode: string): Promise<CommuneSummary | null>;
}

/** The catalogue of Soins, as the user forms check it. */
export interface CareActCatalogue {
  /** The codes of the active acts, by profession. */
  activeCodes(): Promise<AllowedCareActs>;
}

/** The stores one accounts transaction works with. */
export interface AccountsStores {
  readonly users: UserStore;
  readonly organisations: OrganisationStore;
  readonly networks: NetworkStore;
  readonly communes: CommuneStore;
  readonly careActs: CareActCatalogue;
}

export type AccountsTransactor = Transactor<AccountsStores>;
