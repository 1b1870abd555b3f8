import type { CareProfession } from '../../core/professions.js';

/** One professional found in the national directory (one of their practice situations). */
export interface DirectoryMatch {
  readonly idNat: string;
  readonly lastName: string;
  readonly firstName: string;
  readonly professionLabel: string | null;
  readonly city: string | null;
}

export interface DirectoryQuery {
  /** `Code profession` (TRE_G15). */
  readonly professionCode: string;
  /** Search keys (`searchKey`) the names start with. */
  readonly lastName: string;
  readonly firstName: string;
  /** At most this many professionals (distinct national ids). */
  readonly limit: number;
}

export interface DirectoryStore {
  /** Professionals whose names start with both keys, one per national id, sorted by last then first name. */
  searchByPrefix(query: DirectoryQuery): Promise<DirectoryMatch[]>;
  /**
   * Professionals whose last name is a close spelling of the key (pg_trgm
   * similarity, same first letter) and whose first name starts with the
   * first-name key, closest first, except the national ids in `exclude`.
   */
  searchFuzzy(query: DirectoryQuery & { readonly exclude: readonly string[] }): Promise<DirectoryMatch[]>;
}

/** An active platform user who is a care professional. */
export interface PlatformProfessional {
  readonly userId: string;
  readonly profession: CareProfession;
  readonly rpps: string | null;
  readonly adeli: string | null;
  readonly lastName: string;
  readonly firstName: string;
  readonly city: string | null;
}

export interface PlatformProfessionalFinder {
  /** Active users of `profession` whose names start with the keys (accent- and case-insensitive), sorted by name. */
  searchByPrefix(query: { readonly profession: CareProfession; readonly lastName: string; readonly firstName: string; readonly limit: number }): Promise<PlatformProfessional[]>;
  /** Active users holding these national ids (`8` + RPPS, `0` + ADELI). */
  findByIdNat(idNats: readonly string[]): Promise<PlatformProfessional[]>;
}

/** What the directory use cases need (reads only: no transaction). */
export interface DirectoryDeps {
  readonly directory: DirectoryStore;
  readonly platform: PlatformProfessionalFinder;
}
