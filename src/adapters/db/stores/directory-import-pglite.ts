import type { PGlite } from '@electric-sql/pglite';
import type { DirectoryEntry } from '../../../core/directory/index.js';
import { columnList, importColumns, upsertTail, type EntrySink } from './directory-import.js';

/** Rows per INSERT: 1 000 × 21 parameters stays far below the 65 535 limit. */
const BATCH_ROWS = 1000;

function insertStatement(rows: number): string {
  const width = importColumns.length;
  const tuples = Array.from({ length: rows }, (_, r) => `(${importColumns.map((_c, c) => `$${r * width + c + 1}`).join(', ')})`);
  return `insert into directory_entries (${columnList}) values ${tuples.join(', ')} ${upsertTail}`;
}

/**
 * Embedded PGlite: batched multi-row `INSERT … ON CONFLICT DO UPDATE`, in one
 * transaction. A situation repeated within a batch keeps its last line; across
 * batches the later upsert wins — the same result as the server path.
 */
export async function openPgliteSink(pglite: PGlite): Promise<EntrySink> {
  await pglite.exec('begin');
  const fullBatch = insertStatement(BATCH_ROWS);
  let pending: DirectoryEntry[] = [];
  let changed = 0;
  let open = true;

  const flush = async (entries: readonly DirectoryEntry[]): Promise<void> => {
    if (entries.length === 0) return;
    const unique = [...new Map(entries.map((e) => [`${e.idNat}\u0000${e.siteKey}`, e])).values()];
    const params: (string | null)[] = [];
    for (const entry of unique) for (const [, value] of importColumns) params.push(value(entry));
    const result = await pglite.query(unique.length === BATCH_ROWS ? fullBatch : insertStatement(unique.length), params);
    changed += result.affectedRows ?? 0;
  };

  return {
    async write(entries) {
      pending = pending.concat(entries);
      while (pending.length >= BATCH_ROWS) {
        await flush(pending.slice(0, BATCH_ROWS));
        pending = pending.slice(BATCH_ROWS);
      }
    },
    async finish() {
      await flush(pending);
      pending = [];
      await pglite.exec('commit');
      open = false;
      return changed;
    },
    async abort() {
      if (!open) return;
      open = false;
      await pglite.exec('rollback');
    },
  };
}
