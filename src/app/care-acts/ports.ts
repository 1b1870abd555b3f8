import type { CareProfession } from '../../core/professions.js';
import type { Transactor } from '../ports.js';

/** One act of the catalogue of Soins; `code` is what users and care requests store. */
export interface CareAct {
  readonly profession: CareProfession;
  readonly code: string;
  readonly label: string;
  /** Display order within the profession, smallest first. */
  readonly position: number;
  /** A deactivated act is no longer offered for new choices. */
  readonly active: boolean;
}

/** The columns of an act an admin changes; an absent key stays as it is. */
export interface CareActUpdate {
  readonly label?: string;
  readonly position?: number;
  readonly active?: boolean;
}

export interface CareActStore {
  /** Sorted by profession, then position, then label. */
  list(filter: { includeInactive: boolean }): Promise<CareAct[]>;
  get(profession: CareProfession, code: string): Promise<CareAct | null>;
  /**
   * Every act of a profession (deactivated ones included), row-locked until the
   * end of the transaction: concurrent edits of one profession's acts (label
   * uniqueness, code derivation) run one after the other.
   */
  lockProfession(profession: CareProfession): Promise<CareAct[]>;
  /** Throws `validation.failed` (`label`: `care_act.label_taken`) when a concurrent insert took the code. */
  insert(act: CareAct, now: Date): Promise<void>;
  /** False when missing. */
  update(profession: CareProfession, code: string, changes: CareActUpdate, now: Date): Promise<boolean>;
}

/** The stores one care-acts transaction works with. */
export interface CareActsStores {
  readonly careActs: CareActStore;
}

export type CareActsTransactor = Transactor<CareActsStores>;
