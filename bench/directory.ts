/**
 * Directory benchmark (issue 3): a synthetic 2.2 M-row extract imported into
 * PostgreSQL — wall time, peak RSS of the importing process, ratio to a raw
 * COPY of the same file in the same run — then search as you type at that
 * size, on PostgreSQL and on PGlite (whose import is timed too).
 */
import { execFile } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openDatabase } from '../src/adapters/db/client.js';
import type { ImportReport } from '../src/adapters/directory/importer.js';
import { describeSearch, directoryService, sampleQueries, timeSearches } from './directory-search.js';

const run = promisify(execFile);
const WORK_DIR = '/tmp/declic-directory-bench';

export type RecordFn = (driver: string, what: string, value: string) => void;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const tsx = (script: string, args: string[], env: NodeJS.ProcessEnv) =>
  run(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, maxBuffer: 64 * 1024 * 1024 });

/** The extract of `rows` rows for `seed`, generated once and reused by later runs. */
export async function extract(rows: number, seed: number, record: RecordFn): Promise<string> {
  mkdirSync(WORK_DIR, { recursive: true });
  const file = join(WORK_DIR, `rpps-${rows}-s${seed}.txt`);
  if (existsSync(file)) return file;
  const started = performance.now();
  await tsx('src/cli/gen-rpps.ts', ['--rows', String(rows), '--out', `${file}.partial`, '--seed', String(seed)], {});
  renameSync(`${file}.partial`, file);
  record('—', `gen:rpps, ${rows.toLocaleString('fr-FR')} rows (${Math.round(statSync(file).size / 2 ** 20)} MiB)`, seconds(performance.now() - started));
  return file;
}

/** Runs the importer in a child process, as `npm run import:rpps` does. */
export async function importInChild(file: string, env: NodeJS.ProcessEnv): Promise<{ report: ImportReport; maxRssKb: number; wallMs: number }> {
  const started = performance.now();
  const { stdout } = await tsx('bench/directory-child.ts', [file], env);
  const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { report: ImportReport; maxRssKb: number };
  return { ...result, wallMs: performance.now() - started };
}

/** The reference: the file COPied as is into a table of 57 text columns (56 + the trailing empty one). */
async function rawCopy(url: string, file: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create table raw_extract (${Array.from({ length: 57 }, (_, i) => `c${i} text`).join(', ')})`);
    const started = performance.now();
    await pipeline(createReadStream(file), client.query(copyFrom(`copy raw_extract from stdin with (format csv, delimiter '|', quote e'\\x01', header true)`)));
    return performance.now() - started;
  } finally {
    await client.end();
  }
}

async function searchFigures(database: Parameters<typeof directoryService>[0], driver: string, record: RecordFn): Promise<void> {
  const service = directoryService(database);
  record(driver, 'search as you type, 3 + 3 letters (n=500, after 50 warm-up)', describeSearch(await timeSearches(service, sampleQueries(550, 2026), 50)));
  record(driver, 'search with a typo in the full last name (fuzzy fallback, n=200)', describeSearch(await timeSearches(service, sampleQueries(220, 7, true), 20)));
}

async function postgres(serverUrl: string, file: string, record: RecordFn): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const names = { copy: `declic_bench_copy_${process.pid}`, app: `declic_bench_dir_${process.pid}` };
  const urlOf = (name: string): string => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  try {
    for (const name of Object.values(names)) await admin.query(`create database ${name}`);
    const copyMs = await rawCopy(urlOf(names.copy), file);
    await admin.query(`drop database ${names.copy} with (force)`);
    record('PostgreSQL 15', 'raw COPY of the file (reference, 57 text columns, no index)', seconds(copyMs));
    const imported = await importInChild(file, { DATABASE_URL: urlOf(names.app), DATA_DIR: '' });
    const { report } = imported;
    record('PostgreSQL 15', `import:rpps into a fresh database (${report.imported.toLocaleString('fr-FR')} rows, 2 indexes rebuilt)`, `${seconds(report.elapsedMs)} (process ${seconds(imported.wallMs)} with start-up and migrations)`);
    record('PostgreSQL 15', 'import:rpps peak RSS (importing process)', `${Math.round(imported.maxRssKb / 1024)} MiB`);
    record('PostgreSQL 15', 'import speed relative to raw COPY (COPY time / import time)', `${(copyMs / report.elapsedMs).toFixed(2)}×`);
    const reimport = await importInChild(file, { DATABASE_URL: urlOf(names.app), DATA_DIR: '' });
    record('PostgreSQL 15', 'import:rpps again, same file (upsert path, nothing changes)', `${seconds(reimport.report.elapsedMs)}, ${reimport.report.changed} rows changed`);
    const database = await openDatabase({ driver: 'pg', url: urlOf(names.app) });
    try {
      await searchFigures(database, 'PostgreSQL 15', record);
    } finally {
      await database.close();
    }
  } finally {
    for (const name of Object.values(names)) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function pglite(file: string, record: RecordFn): Promise<void> {
  const dataDir = join(WORK_DIR, `pglite-${process.pid}`);
  try {
    const imported = await importInChild(file, { DATA_DIR: dataDir, DATABASE_URL: '' });
    record('PGlite', `import:rpps into a fresh data dir (${imported.report.imported.toLocaleString('fr-FR')} rows)`, `${seconds(imported.report.elapsedMs)}, peak RSS ${Math.round(imported.maxRssKb / 1024)} MiB`);
    const database = await openDatabase({ driver: 'pglite', dataDir });
    try {
      await searchFigures(database, 'PGlite', record);
    } finally {
      await database.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs the directory benchmark; `rows` and `seed` name the reused extract. */
export async function directoryBench(options: { serverUrl: string; rows: number; seed: number; pglite: boolean }, record: RecordFn): Promise<string> {
  const file = await extract(options.rows, options.seed, record);
  try {
    await postgres(options.serverUrl, file, record);
  } catch (err) {
    record('PostgreSQL', 'skipped', `server unreachable at ${new URL(options.serverUrl).host}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (options.pglite) await pglite(file, record);
  return `Dataset: synthetic extract (npm run gen:rpps, seed ${options.seed}), ${options.rows.toLocaleString('fr-FR')} rows, ${Math.round(statSync(file).size / 2 ** 20)} MiB, 56 columns, UTF-8`;
}
