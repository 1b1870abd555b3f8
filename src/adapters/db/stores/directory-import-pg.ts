import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DirectoryEntry } from '../../../core/directory/index.js';
import { columnList, importColumns, upsertTail, type EntrySink } from './directory-import.js';
import { withIndexesRebuilt } from './directory-import-indexes.js';

const escapes: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const replaceSpecial = (c: string): string => escapes[c] ?? c;

/** A value in COPY's text format (`\N` for null, backslash escapes). */
function copyValue(value: string | null): string {
  if (value === null) return '\\N';
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, replaceSpecial) : value;
}

/** COPY text lines for entries, each prefixed by its line number. */
export function copyLines(entries: readonly DirectoryEntry[], lines: readonly number[]): string {
  let out = '';
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!entry) continue;
    out += String(lines[i] ?? 0);
    for (const [, value] of importColumns) out += `\t${copyValue(value(entry))}`;
    out += '\n';
  }
  return out;
}

const SELECT_ALL = `select ${columnList} from directory_import`;
/** One row per situation, the last line winning. */
const SELECT_LAST = `select distinct on (id_nat, site_key) ${columnList} from directory_import order by id_nat, site_key, line desc`;

/** True for the errors a duplicated situation in the file causes (unique violation, "cannot affect row a second time"). */
function isDuplicateError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === '21000';
}

/**
 * Moves the staged rows in. Tries without de-duplication first (files rarely
 * repeat a situation, and sorting 2 million rows costs more than the insert);
 * on a duplicate error, rolls back to the savepoint and keeps each situation's
 * last line. Into an empty table, indexes are dropped and rebuilt around a
 * plain insert — several times faster than maintaining them row by row.
 */
async function moveIn(client: pg.PoolClient): Promise<number> {
  const { rows } = await client.query<{ empty: boolean }>('select not exists (select 1 from directory_entries) as empty');
  const bulk = rows[0]?.empty === true;
  const attempt = async (select: string): Promise<number> => {
    if (!bulk) return (await client.query(`insert into directory_entries (${columnList}) ${select} ${upsertTail}`)).rowCount ?? 0;
    return withIndexesRebuilt(client, async () => (await client.query(`insert into directory_entries (${columnList}) ${select}`)).rowCount ?? 0);
  };
  await client.query('savepoint directory_move');
  try {
    return await attempt(SELECT_ALL);
  } catch (error) {
    if (!isDuplicateError(error)) throw error;
    await client.query('rollback to savepoint directory_move');
    return attempt(SELECT_LAST);
  }
}

/**
 * PostgreSQL server: the entries stream through `COPY … FROM STDIN` (with
 * backpressure) into a temporary table, then `INSERT … SELECT … ON CONFLICT DO
 * UPDATE` moves them in, all in one transaction. Concurrent imports queue on
 * the table lock; searches go on (except during a first, bulk load).
 */
export async function openPgSink(pool: pg.Pool): Promise<EntrySink> {
  const client = await pool.connect();
  let stream: ReturnType<typeof copyFrom>;
  try {
    // Bigger local buffers for the temporary table; refused (harmlessly) once the session has used one.
    await client.query(`set temp_buffers = '256MB'`).catch(() => undefined);
    await client.query('begin');
    await client.query('lock table directory_entries in share row exclusive mode');
    await client.query(`create temp table directory_import (line integer not null, ${importColumns.map(([c]) => `"${c}" text`).join(', ')}) on commit drop`);
    stream = client.query(copyFrom(`copy directory_import (line, ${columnList}) from stdin`));
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    client.release();
    throw error;
  }
  let failure: Error | null = null;
  stream.on('error', (error: Error) => {
    failure = error;
  });
  let released = false;
  const release = (error?: Error): void => {
    if (!released) client.release(error);
    released = true;
  };

  return {
    async write(entries, lines) {
      if (failure) throw failure;
      if (entries.length > 0 && !stream.write(copyLines(entries, lines))) await once(stream, 'drain');
    },
    async finish() {
      stream.end();
      await finished(stream);
      await client.query(`set local work_mem = '256MB'`);
      await client.query(`set local maintenance_work_mem = '512MB'`);
      const changed = await moveIn(client);
      await client.query('commit');
      release();
      return changed;
    },
    async abort() {
      if (released) return;
      stream.destroy();
      await client.query('rollback').catch(() => undefined);
      // A COPY cut short may leave the connection in an unknown state: drop it from the pool.
      release(new Error('directory import aborted'));
    },
  };
}
