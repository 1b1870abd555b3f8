import type { DatabaseHandle } from '../db/client.js';
import type { EntrySink } from '../db/stores/directory-import.js';
import { openPgSink } from '../db/stores/directory-import-pg.js';
import { openPgliteSink } from '../db/stores/directory-import-pglite.js';
import type { ExtractTextEncoding } from './encoding.js';
import { openExtract, type BadLine } from './reader.js';

/** What an import did. */
export interface ImportReport {
  readonly encoding: ExtractTextEncoding;
  readonly columns: number;
  /** Data lines read (header and blank lines excluded). */
  readonly linesRead: number;
  /** Lines mapped to an entry. */
  readonly imported: number;
  /** Lines rejected. */
  readonly bad: number;
  /** The first rejected lines, in file order. */
  readonly badLines: readonly BadLine[];
  /** Directory rows inserted or changed (unchanged rows are not rewritten). */
  readonly changed: number;
  readonly elapsedMs: number;
}

export interface ImportProgress {
  readonly bytesRead: number;
  readonly size: number;
  readonly linesRead: number;
}

export interface ImportOptions {
  /** Called after each chunk (~1 MB) of the file. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Called once the file is open, before any row is written. */
  readonly onStart?: (info: { readonly size: number; readonly encoding: ExtractTextEncoding; readonly columns: number }) => void;
  /** How many bad lines the report lists (default 20). */
  readonly badLinesKept?: number;
}

function openSink(database: DatabaseHandle): Promise<EntrySink> {
  if (database.pool) return openPgSink(database.pool);
  if (database.pglite) return openPgliteSink(database.pglite);
  throw new Error('database handle has neither a pool nor PGlite');
}

/**
 * Imports an Annuaire Santé extract (`PS_LibreAcces_Personne_activite_*.txt`)
 * into `directory_entries`: streamed, idempotent (upsert on national id ×
 * practice situation), in one transaction. Bad lines are counted and reported,
 * never fatal; an unreadable file or header throws before anything is written.
 */
export async function importDirectoryExtract(database: DatabaseHandle, path: string, options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now();
  const extract = await openExtract(path);
  options.onStart?.(extract.info);
  const keep = options.badLinesKept ?? 20;
  const badLines: BadLine[] = [];
  let linesRead = 0;
  let imported = 0;
  let bad = 0;
  const sink = await openSink(database);
  try {
    for await (const chunk of extract.chunks()) {
      await sink.write(chunk);
      linesRead += chunk.linesRead;
      imported += chunk.entries.length;
      bad += chunk.bad.length;
      if (badLines.length < keep) badLines.push(...chunk.bad.slice(0, keep - badLines.length));
      options.onProgress?.({ bytesRead: chunk.bytesRead, size: extract.info.size, linesRead });
    }
    const changed = await sink.finish();
    return { encoding: extract.info.encoding, columns: extract.info.columns, linesRead, imported, bad, badLines, changed, elapsedMs: performance.now() - started };
  } catch (error) {
    await sink.abort();
    throw error;
  }
}
