import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { DirectoryEntry } from '../../../core/directory/index.js';
import { columnList, importColumns, upsertTail, type EntrySink } from './directory-import.js';
import { dropIndexes, rebuildDeduplicated, type Run, type SavedIndex } from './directory-import-indexes.js';

/** Rows per INSERT: 1 000 × 21 parameters stays far below the 65 535 limit. */
const BATCH_ROWS = 1000;

function insertStatement(rows: number, tail: string): string {
  const width = importColumns.length;
  const tuples = Array.from({ length: rows }, (_, r) => `(${importColumns.map((_c, c) => `$${r * width + c + 1}`).join(', ')})`);
  return `insert into directory_entries (${columnList}) values ${tuples.join(', ')} ${tail}`;
}

/** A PGlite transaction held open across calls: `done` ends it (commit, or rollback when given an error). */
async function openTransaction(pglite: PGlite): Promise<{ tx: Transaction; done(error?: Error): Promise<void> }> {
  return new Promise((resolve, reject) => {
    let end: (error?: Error) => void = () => undefined;
    const ended = new Promise<void>((resolveEnd, rejectEnd) => {
      end = (error) => (error ? rejectEnd(error) : resolveEnd());
    });
    const finished = pglite.transaction(async (tx) => {
      resolve({
        tx,
        done: async (error) => {
          end(error);
          await finished.catch((e: unknown) => {
            if (!error) throw e;
          });
        },
      });
      await ended;
    });
    finished.catch(reject);
  });
}

/**
 * Embedded PGlite: batched multi-row `INSERT … ON CONFLICT DO UPDATE`, in one
 * transaction (other queries on the instance wait). A situation repeated
 * within a batch keeps its last line; across batches the later upsert wins —
 * the server path's result. Into an empty directory, indexes are dropped and
 * rebuilt around plain INSERTs, as on the server.
 */
export async function openPgliteSink(pglite: PGlite): Promise<EntrySink> {
  const { tx, done } = await openTransaction(pglite);
  const run: Run = async <R>(statement: string) => (await tx.query<R>(statement)).rows;
  let indexes: SavedIndex[] | null = null;
  try {
    const [state] = await run<{ empty: boolean }>('select not exists (select 1 from directory_entries) as empty');
    if (state?.empty) {
      await run('truncate directory_entries');
      indexes = await dropIndexes(run);
    }
  } catch (error) {
    await done(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
  const tail = indexes ? '' : upsertTail;
  const fullBatch = insertStatement(BATCH_ROWS, tail);
  let pending: DirectoryEntry[] = [];
  let changed = 0;
  let open = true;

  const flush = async (entries: readonly DirectoryEntry[]): Promise<void> => {
    if (entries.length === 0) return;
    const unique = [...new Map(entries.map((e) => [`${e.idNat}\u0000${e.siteKey}`, e])).values()];
    const params: (string | null)[] = [];
    for (const entry of unique) for (const [, value] of importColumns) params.push(value(entry));
    const result = await tx.query(unique.length === BATCH_ROWS ? fullBatch : insertStatement(unique.length, tail), params);
    changed += result.affectedRows ?? 0;
  };

  return {
    async write(batch) {
      pending = pending.concat(batch.entries);
      while (pending.length >= BATCH_ROWS) {
        await flush(pending.slice(0, BATCH_ROWS));
        pending = pending.slice(BATCH_ROWS);
      }
    },
    async finish() {
      await flush(pending);
      pending = [];
      if (indexes) {
        changed -= await rebuildDeduplicated(run, indexes);
        // Statistics for the planner: the table went from nothing to many rows.
        await run('analyze directory_entries');
      }
      open = false;
      await done();
      return changed;
    },
    async abort() {
      if (!open) return;
      open = false;
      await done(new Error('directory import aborted'));
    },
  };
}
