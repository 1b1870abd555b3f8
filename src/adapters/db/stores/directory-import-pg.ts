import type pg from 'pg';
import { CopyWriter, copyRows } from './directory-copy.js';
import { columnList, importColumns, upsertTail, type EntryBatch, type EntrySink } from './directory-import.js';
import { dropIndexes, isDuplicateError, rebuildDeduplicated, type Run } from './directory-import-indexes.js';

const STAGING = `create temp table directory_import (line integer not null, ${importColumns.map(([c]) => `"${c}" text`).join(', ')}) on commit drop`;
/** One row per situation, the last line winning. */
const UPSERT_LAST = `insert into directory_entries (${columnList})
  select distinct on (id_nat, site_key) ${columnList} from directory_import order by id_nat, site_key, line desc ${upsertTail}`;
const UPSERT_ALL = `insert into directory_entries (${columnList}) select ${columnList} from directory_import ${upsertTail}`;
/**
 * Runs `attempt`; if it fails on a repeated situation, rolls back to a
 * savepoint, runs `repair` and tries `retry`. Files rarely repeat a situation,
 * and de-duplicating 2 million rows up front costs more than the whole insert.
 */
async function withRepeatsRepaired<T>(client: pg.PoolClient, attempt: () => Promise<T>, retry: () => Promise<T>): Promise<T> {
  await client.query('savepoint directory_repeats');
  try {
    return await attempt();
  } catch (error) {
    if (!isDuplicateError(error)) throw error;
    await client.query('rollback to savepoint directory_repeats');
    return retry();
  }
}

interface Mode {
  readonly copy: CopyWriter;
  write(batch: EntryBatch): Promise<void>;
  finish(): Promise<number>;
}

/** Into a directory that has rows: COPY into a staging table, then one upsert; indexes stay, searches go on. */
async function upsertMode(client: pg.PoolClient): Promise<Mode> {
  await client.query(STAGING);
  const copy = CopyWriter.start(client, `copy directory_import (line, ${columnList}) from stdin`);
  return {
    copy,
    write: (batch) => copy.write(copyRows(batch, true)),
    async finish() {
      await copy.end();
      const upsert = async (statement: string): Promise<number> => (await client.query(statement)).rowCount ?? 0;
      return withRepeatsRepaired(client, () => upsert(UPSERT_ALL), () => upsert(UPSERT_LAST));
    },
  };
}

/**
 * Into an empty directory (a first import): the table is truncated (it is
 * empty: this only resets its pages, so rows lie in file order), its indexes
 * dropped, the rows COPied straight in and the indexes rebuilt — several times
 * faster than keeping them up to date row by row. Searches wait meanwhile.
 */
async function bulkMode(client: pg.PoolClient): Promise<Mode> {
  await client.query('truncate directory_entries');
  const run: Run = async <R>(statement: string) => (await client.query(statement)).rows as R[];
  const indexes = await dropIndexes(run);
  const copy = CopyWriter.start(client, `copy directory_entries (${columnList}) from stdin`);
  return {
    copy,
    write: (batch) => copy.write(copyRows(batch, false)),
    async finish() {
      await copy.end();
      const removed = await rebuildDeduplicated(run, indexes);
      // Statistics for the planner: the table went from nothing to millions of rows.
      await run('analyze directory_entries');
      return copy.rowCount - removed;
    },
  };
}

/**
 * PostgreSQL server: rows stream through `COPY … FROM STDIN` with backpressure
 * (memory stays flat), all in one transaction. Concurrent imports queue on the
 * table lock.
 */
export async function openPgSink(pool: pg.Pool): Promise<EntrySink> {
  const client = await pool.connect();
  let mode: Mode;
  try {
    // Bigger local buffers for the staging table; refused (harmlessly) once the session has used one.
    await client.query(`set temp_buffers = '256MB'`).catch(() => undefined);
    await client.query('begin');
    await client.query(`set local work_mem = '256MB'`);
    await client.query(`set local maintenance_work_mem = '512MB'`);
    await client.query('lock table directory_entries in share row exclusive mode');
    const { rows } = await client.query<{ empty: boolean }>('select not exists (select 1 from directory_entries) as empty');
    mode = rows[0]?.empty ? await bulkMode(client) : await upsertMode(client);
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    client.release();
    throw error;
  }
  let released = false;
  return {
    write: (batch) => mode.write(batch),
    async finish() {
      const changed = await mode.finish();
      await client.query('commit');
      released = true;
      client.release();
      return changed;
    },
    async abort() {
      if (released) return;
      released = true;
      mode.copy.destroy();
      await client.query('rollback').catch(() => undefined);
      // A COPY cut short may leave the connection in an unknown state: drop it from the pool.
      client.release(new Error('directory import aborted'));
    },
  };
}
