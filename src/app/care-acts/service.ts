import type { CareActChanges, CareActInput } from '../../core/care-acts.js';
import type { CareProfession } from '../../core/professions.js';
import type { CareAct } from './ports.js';

/** The catalogue of Soins: read by everyone signed in, edited by administrators (the HTTP layer checks who). */
export interface CareActsService {
  /** Active acts, sorted by profession, position, label. */
  listActive(): Promise<CareAct[]>;
  /** Every act, deactivated ones included. */
  listAll(): Promise<CareAct[]>;
  /** Adds an act; its code is derived from the label. */
  create(input: CareActInput): Promise<CareAct>;
  /** Throws `care_acts.not_found`; "autre" cannot be deactivated. */
  update(profession: CareProfession, code: string, changes: CareActChanges): Promise<CareAct>;
}
