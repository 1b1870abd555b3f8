import type { Actor } from '../../core/actor.js';
import type { UsualProfessionalRole } from '../../core/directory/index.js';

/** One line of the "Ajout d'un professionnel" results. */
export interface DirectorySearchResult {
  /** `platform`: a Déclic user (linked by RPPS/ADELI when also in the directory); `directory`: the national directory only. */
  readonly source: 'platform' | 'directory';
  /** Identification nationale PP: `8` + RPPS or `0` + ADELI; null for a user without either. */
  readonly idNat: string | null;
  readonly rpps: string | null;
  readonly adeli: string | null;
  readonly lastName: string;
  readonly firstName: string;
  readonly professionLabel: string;
  readonly city: string | null;
  readonly userId: string | null;
}

export interface DirectorySearchInput {
  readonly profession: UsualProfessionalRole;
  readonly lastName: string;
  readonly firstName: string;
}

/** The national directory as the app uses it. */
export interface DirectoryService {
  /**
   * Professionals of a usual-professional role whose Nom and Prénom start
   * with what was typed (at least 3 letters each, accents and case ignored),
   * from the platform's users and the national directory, plus close
   * spellings of the name when few match: at most 30, platform users first,
   * then exact prefixes, then close matches. Throws `validation.failed`
   * (`search.min_letters`) on names too short.
   */
  search(actor: Actor, input: DirectorySearchInput): Promise<DirectorySearchResult[]>;
}
