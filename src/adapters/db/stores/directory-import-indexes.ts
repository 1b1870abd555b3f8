
/** Runs one statement and returns its rows (a `pg` client or PGlite). */
export type Run = <R>(statement: string) => Promise<R[]>;

/** An index of `directory_entries` as the catalogue defines it. */
export interface SavedIndex {
  readonly name: string;
  readonly definition: string;
  /** The constraint the index backs (primary key, unique), null for a plain index. */
  readonly constraintName: string | null;
  readonly constraintDefinition: string | null;
}

/**
 * Drops the indexes and key constraints of `directory_entries` before a bulk
 * load and returns their definitions. Inside a transaction: a failure rolls
 * the drops back too.
 */
export async function dropIndexes(run: Run): Promise<SavedIndex[]> {
  const rows = await run<SavedIndex>(
    `select i.relname as name, pg_get_indexdef(x.indexrelid) as definition,
            c.conname as "constraintName", pg_get_constraintdef(c.oid) as "constraintDefinition"
       from pg_index x
       join pg_class i on i.oid = x.indexrelid
       left join pg_constraint c on c.conindid = x.indexrelid and c.conrelid = x.indrelid and c.contype in ('p', 'u')
      where x.indrelid = 'directory_entries'::regclass
      order by (c.contype = 'p') desc nulls last, i.relname`,
  );
  for (const index of rows) {
    if (index.constraintName) await run(`alter table directory_entries drop constraint "${index.constraintName}"`);
    else await run(`drop index "${index.name}"`);
  }
  return rows;
}

/** Keeps the last copy of each situation: rows written into a truncated table lie in file order. */
export const DELETE_REPEATS = `delete from directory_entries where ctid in (
  select ctid from (select ctid, row_number() over (partition by id_nat, site_key order by ctid desc) as n from directory_entries) r where n > 1)`;

/** The error a situation repeated in the file causes: unique violation, or "ON CONFLICT cannot affect row a second time". */
export function isDuplicateError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === '21000';
}

/**
 * Rebuilds the indexes after a bulk load; when the primary key finds a
 * situation repeated in the file, rolls back to a savepoint, keeps each
 * situation's last row and rebuilds again. Returns the rows removed.
 */
export async function rebuildDeduplicated(run: Run, indexes: readonly SavedIndex[]): Promise<number> {
  await run('savepoint directory_rebuild');
  try {
    await rebuildIndexes(run, indexes);
    return 0;
  } catch (error) {
    if (!isDuplicateError(error)) throw error;
    await run('rollback to savepoint directory_rebuild');
    const removed = await run<{ n: number }>(`with gone as (${DELETE_REPEATS} returning 1) select count(*)::int as n from gone`);
    await rebuildIndexes(run, indexes);
    return removed[0]?.n ?? 0;
  }
}

/** Rebuilds what `dropIndexes` dropped, from the same definitions (the primary key first). */
export async function rebuildIndexes(run: Run, indexes: readonly SavedIndex[]): Promise<void> {
  for (const index of indexes) {
    if (index.constraintName && index.constraintDefinition) {
      await run(`alter table directory_entries add constraint "${index.constraintName}" ${index.constraintDefinition}`);
    } else {
      await run(index.definition);
    }
  }
}
