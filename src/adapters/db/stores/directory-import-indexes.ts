import type pg from 'pg';

interface IndexRow {
  readonly name: string;
  readonly definition: string;
  /** The constraint the index backs (primary key, unique), null for a plain index. */
  readonly constraintName: string | null;
  readonly constraintDefinition: string | null;
}

/**
 * Runs `work` (a bulk insert into `directory_entries`) with the table's indexes
 * and key constraints dropped, then rebuilds them from their own definitions as
 * the catalogue holds them — so they stay exactly what the migrations made.
 * Must run inside a transaction: a failure rolls the drops back too. The
 * primary key is rebuilt first, so duplicates fail fast.
 */
export async function withIndexesRebuilt<T>(client: pg.PoolClient, work: () => Promise<T>): Promise<T> {
  const { rows } = await client.query<IndexRow>(
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
  const result = await work();
  for (const index of rows) {
    if (index.constraintName && index.constraintDefinition) {
      await client.query(`alter table directory_entries add constraint "${index.constraintName}" ${index.constraintDefinition}`);
    } else {
      await client.query(index.definition);
    }
  }
  return result;
}
