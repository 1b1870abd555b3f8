import type { DirectoryEntry } from '../../../core/directory/index.js';

/** Entries read from one chunk of the extract. */
export interface EntryBatch {
  readonly entries: readonly DirectoryEntry[];
  /** Line number of each entry: the last line of a repeated situation wins. */
  readonly lines: readonly number[];
  /** No value holds a backslash, tab or carriage return (nothing to escape for COPY). */
  readonly plain: boolean;
}

/** Where the importer writes the entries of an extract; one transaction from open to `finish`. */
export interface EntrySink {
  write(batch: EntryBatch): Promise<void>;
  /** Upserts what was written and commits; returns the rows inserted or changed. */
  finish(): Promise<number>;
  /** Rolls back. */
  abort(): Promise<void>;
}

/** Columns of `directory_entries` the import writes, in order, with their value. */
export const importColumns: readonly (readonly [string, (e: DirectoryEntry) => string | null])[] = [
  ['id_nat', (e) => e.idNat],
  ['site_key', (e) => e.siteKey],
  ['id_type', (e) => e.idType],
  ['identifier', (e) => e.identifier],
  ['civility', (e) => e.civility],
  ['last_name', (e) => e.lastName],
  ['first_name', (e) => e.firstName],
  ['profession_code', (e) => e.professionCode],
  ['profession_label', (e) => e.professionLabel],
  ['savoir_faire_code', (e) => e.savoirFaireCode],
  ['savoir_faire_label', (e) => e.savoirFaireLabel],
  ['exercise_mode', (e) => e.exerciseMode],
  ['structure_name', (e) => e.structureName],
  ['address', (e) => e.address],
  ['postcode', (e) => e.postcode],
  ['commune_code', (e) => e.communeCode],
  ['commune_name', (e) => e.communeName],
  ['phone', (e) => e.phone],
  ['email', (e) => e.email],
  ['last_name_search', (e) => e.lastNameSearch],
  ['first_name_search', (e) => e.firstNameSearch],
];

export const columnList = importColumns.map(([name]) => `"${name}"`).join(', ');

const updated = importColumns.slice(2).map(([name]) => `"${name}"`);

/**
 * The upsert tail shared by both drivers: a row whose content is unchanged is
 * left alone (a re-import of the same file writes nothing); `imported_at` is
 * when the row was last inserted or changed.
 */
export const upsertTail = `on conflict ("id_nat", "site_key") do update set ${updated.map((c) => `${c} = excluded.${c}`).join(', ')}, "imported_at" = now()
  where (${updated.map((c) => `"directory_entries".${c}`).join(', ')}) is distinct from (${updated.map((c) => `excluded.${c}`).join(', ')})`;
