import type pg from 'pg';
import type { DirectoryEntry } from '../../../core/directory/index.js';
import { CopyWriter, copyRows } from './directory-copy.js';
import { columnList, importColumns, upsertTail, type EntrySink } from './directory-import.js';
import { dropIndexes, rebuildIndexes } from './directory-import-indexes.js';
import { SeenKeys } from './directory-seen-keys.js';

const STAGING = `create temp table directory_import (line integer not null, ${importColumns.map(([c]) => `"${c}" text`).join(', ')}) on commit drop`;
const COPY_STAGING = `copy directory_import (line, ${columnList}) from stdin`;
const COPY_DIRECT = `copy directory_entries (${columnList}) from stdin`;
const SELECT_ALL = `select ${columnList} from directory_import`;
/** One row per situation, the last line winning. */
const SELECT_LAST = `select distinct on (id_nat, site_key) ${columnList} from directory_import order by id_nat, site_key, line desc`;
/** Repeated situations held in memory before they go to the staging table. */
const REPEATS_HELD = 20_000;

/** True for the errors a situation repeated in the file causes (unique violation, "cannot affect row a second time"). */
function isDuplicateError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === '21000';
}

/**
 * Upserts the staged rows. Tries without de-duplication first (sorting
 * 2 million rows costs more than the upsert, and files rarely repeat a
 * situation); on a duplicate error, rolls back to the savepoint and keeps each
 * situation's last line.
 */
async function upsertStaged(client: pg.PoolClient): Promise<number> {
  await client.query('savepoint directory_upsert');
  try {
    return (await client.query(`insert into directory_entries (${columnList}) ${SELECT_ALL} ${upsertTail}`)).rowCount ?? 0;
  } catch (error) {
    if (!isDuplicateError(error)) throw error;
    await client.query('rollback to savepoint directory_upsert');
    return (await client.query(`insert into directory_entries (${columnList}) ${SELECT_LAST} ${upsertTail}`)).rowCount ?? 0;
  }
}

/** Into a directory that already has rows: everything through the staging table, then one upsert; indexes stay, searches go on. */
async function upsertSink(client: pg.PoolClient): Promise<Omit<EntrySink, 'abort'> & { copy: CopyWriter }> {
  await client.query(STAGING);
  const copy = CopyWriter.start(client, COPY_STAGING);
  return {
    copy,
    write: (entries, lines) => copy.write(copyRows(entries, lines)),
    async finish() {
      await copy.end();
      return upsertStaged(client);
    },
  };
}

/**
 * Into an empty directory (first import): indexes dropped, rows COPied
 * straight into the table, indexes rebuilt — several times faster than keeping
 * them up to date row by row. A situation seen before in the file (or a hash
 * collision) goes to the staging table instead and is upserted at the end, so
 * the last line still wins.
 */
async function bulkSink(client: pg.PoolClient): Promise<Omit<EntrySink, 'abort'> & { copy: CopyWriter }> {
  const indexes = await dropIndexes(client);
  const seen = new SeenKeys();
  let repeats: { entries: DirectoryEntry[]; lines: number[] } = { entries: [], lines: [] };
  let staged = false;
  let direct = 0;
  const sink = { copy: CopyWriter.start(client, COPY_DIRECT) };

  const stageRepeats = async (): Promise<void> => {
    if (repeats.entries.length === 0) return;
    await sink.copy.end();
    if (!staged) await client.query(STAGING);
    staged = true;
    const copy = CopyWriter.start(client, COPY_STAGING);
    await copy.write(copyRows(repeats.entries, repeats.lines));
    await copy.end();
    repeats = { entries: [], lines: [] };
  };

  return Object.assign(sink, {
    async write(entries: readonly DirectoryEntry[], lines: readonly number[]) {
      const fresh: DirectoryEntry[] = [];
      entries.forEach((entry, i) => {
        if (seen.add(`${entry.idNat}\u0000${entry.siteKey}`)) fresh.push(entry);
        else {
          repeats.entries.push(entry);
          repeats.lines.push(lines[i] ?? 0);
        }
      });
      direct += fresh.length;
      await sink.copy.write(copyRows(fresh, null));
      if (repeats.entries.length >= REPEATS_HELD) {
        await stageRepeats();
        sink.copy = CopyWriter.start(client, COPY_DIRECT);
      }
    },
    async finish() {
      await sink.copy.end();
      await stageRepeats();
      await rebuildIndexes(client, indexes);
      return direct + (staged ? await upsertStaged(client) : 0);
    },
  });
}

/**
 * PostgreSQL server: rows stream through `COPY … FROM STDIN` with backpressure
 * (memory stays flat), all in one transaction. Concurrent imports queue on the
 * table lock; a first import into an empty directory holds it exclusively
 * while it rebuilds the indexes.
 */
export async function openPgSink(pool: pg.Pool): Promise<EntrySink> {
  const client = await pool.connect();
  let inner: Awaited<ReturnType<typeof bulkSink>>;
  try {
    // Bigger local buffers for the staging table; refused (harmlessly) once the session has used one.
    await client.query(`set temp_buffers = '256MB'`).catch(() => undefined);
    await client.query('begin');
    await client.query(`set local work_mem = '256MB'`);
    await client.query(`set local maintenance_work_mem = '512MB'`);
    await client.query('lock table directory_entries in share row exclusive mode');
    const { rows } = await client.query<{ empty: boolean }>('select not exists (select 1 from directory_entries) as empty');
    inner = rows[0]?.empty ? await bulkSink(client) : await upsertSink(client);
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    client.release();
    throw error;
  }
  let released = false;
  return {
    write: (entries, lines) => inner.write(entries, lines),
    async finish() {
      const changed = await inner.finish();
      await client.query('commit');
      released = true;
      client.release();
      return changed;
    },
    async abort() {
      if (released) return;
      released = true;
      inner.copy.destroy();
      await client.query('rollback').catch(() => undefined);
      // A COPY cut short may leave the connection in an unknown state: drop it from the pool.
      client.release(new Error('directory import aborted'));
    },
  };
}
