import type pg from 'pg';

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
export async function dropIndexes(client: pg.PoolClient): Promise<SavedIndex[]> {
  const { rows } = await client.query<SavedIndex>(
    `select i.relname as name, pg_get_indexdef(x.indexrelid) as definition,
            c.conname as "constraintName", pg_get_constraintdef(c.oid) as "constraintDefinition"
       from pg_index x
       join pg_class i on i.oid = x.indexrelid
       left join pg_constraint c on c.conindid = x.indexrelid and c.conrelid = x.indrelid and c.contype in ('p', 'u')
      where x.indrelid = 'directory_entries'::regclass
      order by (c.contype = 'p') desc nulls last, i.relname`,
  );
  for (const index of rows) {
    if (index.constraintName) await client.query(`alter table directory_entries drop constraint "${index.constraintName}"`);
    else await client.query(`drop index "${index.name}"`);
  }
  return rows;
}

/** Rebuilds what `dropIndexes` dropped, from the same definitions (the primary key first). */
export async function rebuildIndexes(client: pg.PoolClient, indexes: readonly SavedIndex[]): Promise<void> {
  for (const index of indexes) {
    if (index.constraintName && index.constraintDefinition) {
      await client.query(`alter table directory_entries add constraint "${index.constraintName}" ${index.constraintDefinition}`);
    } else {
      await client.query(index.definition);
    }
  }
}
