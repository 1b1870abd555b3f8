/**
 * `npm run bench`: the foundation's figures — time from an empty embedded
 * database to a seeded, migrated one (what `npm start` pays on first start),
 * reopening it, and the latency of a login and of a signed-in request, on
 * PGlite and on PostgreSQL (BENCH_DATABASE_URL, default the local server) —
 * then the national directory's (bench/directory.ts: import of a 2.2 M-row
 * extract against a raw COPY, search as you type), then matching's
 * (bench/matching.ts: the candidate query over 100 000 professionals, against
 * PostGIS), then the live parts: fan-out (bench/fanout.ts: a déclenchement's
 * `offer` event to 2 000 SSE streams over 2 instances, against a minimal
 * node:http broadcaster) and the first-acceptance race (bench/race.ts: 500
 * concurrent accepts over 2 instances, 100 times), then the crash (bench/crash.ts: SIGKILL of
 * the server in the middle of 200 déclenchements, restart, outbox drain and deadline, 3 runs), then the
 * dashboard (bench/dashboard.ts: a supervisor's Tableau de bord over 100 000 fiches, API and Chromium).
 * `npm run bench -- --only foundation|directory|matching|fanout|race|crash|dashboard` runs one part;
 * `--rows N` (directory rows), `--users N`, `--requests N` and `--no-pglite` shrink them;
 * `--nurses N` and `--runs N` (fan-out runs, race bursts) size the live parts; with
 * `--only crash`, `--runs N` and `--requests N` size the crash runs; with `--only dashboard`,
 * `--requests N` is the number of fiches, `--runs N` the timed requests of each kind and `--loads N`
 * the page loads in Chromium.
 * Prints Markdown tables to paste into BENCHMARKS.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/adapters/db/client.js';
import { migrateDatabase } from '../src/adapters/db/migrate.js';
import { DEMO_PASSWORD } from '../src/adapters/db/seed/demo-accounts.js';
import { seedDemo } from '../src/adapters/db/seed/demo.js';
import { createLogger } from '../src/adapters/logging/logger.js';
import { composeApp } from '../src/compose.js';
import { loadConfig } from '../src/config/index.js';
import { crashBench } from './crash.js';
import { dashboardBench } from './dashboard.js';
import { directoryBench } from './directory.js';
import { fanoutBench } from './fanout.js';
import { matchingBench } from './matching.js';
import { raceBench } from './race.js';

const rows: string[] = [];
const record = (driver: string, what: string, value: string) => rows.push(`| ${driver} | ${what} | ${value} |`);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function latency(label: string, driver: string, n: number, fn: () => Promise<void>): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push((await timed(fn))[1]);
  samples.sort((a, b) => a - b);
  record(driver, `${label} (n=${n})`, `p50 ${percentile(samples, 50).toFixed(1)} ms · p95 ${percentile(samples, 95).toFixed(1)} ms`);
}

async function requests(driver: string, database: DatabaseHandle): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO: '1', DATA_DIR: 'memory://' });
  const app = await composeApp({ config, database, logger: createLogger('silent') });
  await app.ready();
  const session = await app.inject('/api/session');
  const anon = session.cookies.map((c) => [c.name, c.value] as const);
  const csrf = session.json<{ csrfToken: string }>().csrfToken;
  let cookies: Record<string, string> = Object.fromEntries(anon);
  await latency('POST /api/auth/login (argon2id verify)', driver, 30, async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', cookies: Object.fromEntries(anon), headers: { 'x-csrf-token': csrf }, payload: { identifiant: 'medecin@declic.demo', password: DEMO_PASSWORD } });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode}`);
    cookies = Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
  });
  await latency('GET /api/session signed in', driver, 500, async () => {
    const res = await app.inject({ method: 'GET', url: '/api/session', cookies });
    if (res.statusCode !== 200) throw new Error(`session failed: ${res.statusCode}`);
  });
  await app.close();
}

async function pglite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'declic-bench-'));
  const dataDir = join(dir, 'data');
  const [fresh, firstStart] = await timed(async () => {
    const handle = await openDatabase({ driver: 'pglite', dataDir });
    await migrateDatabase(handle);
    await seedDemo(handle.db);
    return handle;
  });
  record('PGlite', 'first start: create + migrate + demo seed', `${(firstStart / 1000).toFixed(2)} s`);
  await fresh.close();
  const [reopened, reopen] = await timed(async () => {
    const handle = await openDatabase({ driver: 'pglite', dataDir });
    await migrateDatabase(handle);
    return handle;
  });
  record('PGlite', 'restart: open + migrations check', `${(reopen / 1000).toFixed(2)} s`);
  await requests('PGlite', reopened);
  await reopened.close();
  rmSync(dir, { recursive: true, force: true });
}

async function postgres(url: string): Promise<void> {
  const name = `declic_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    const [handle, firstStart] = await timed(async () => {
      const h = await openDatabase({ driver: 'pg', url: target.toString() });
      await migrateDatabase(h);
      await seedDemo(h.db);
      return h;
    });
    record('PostgreSQL 15', 'first start: migrate + demo seed', `${(firstStart / 1000).toFixed(2)} s`);
    await requests('PostgreSQL 15', handle);
    await handle.close();
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const { values: flags } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    only: { type: 'string' },
    rows: { type: 'string' },
    users: { type: 'string' },
    requests: { type: 'string' },
    'no-pglite': { type: 'boolean' },
    nurses: { type: 'string' },
    runs: { type: 'string' },
    loads: { type: 'string' },
  },
});
const machine = `Date: ${new Date().toISOString().slice(0, 10)} · Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version}`;
const table = (): string => `| Database | Measure | Result |\n|---|---|---|\n${rows.splice(0).join('\n')}`;

const runs = (part: string): boolean => flags.only === undefined || flags.only === part;

if (runs('foundation')) {
  await pglite();
  try {
    await postgres(serverUrl);
  } catch (err) {
    record('PostgreSQL', 'skipped', `server unreachable at ${new URL(serverUrl).host}: ${err instanceof Error ? err.message : String(err)}`);
  }
  console.log(machine);
  console.log('Dataset: the demo territory (26 communes of Essonne, 43 accounts, 10 patients)\n');
  console.log(`${table()}\n`);
}
if (runs('directory')) {
  const dataset = await directoryBench({ serverUrl, rows: Number(flags.rows ?? 2_200_000), seed: 1, pglite: !flags['no-pglite'] }, record);
  console.log(machine);
  console.log(`${dataset}\n`);
  console.log(table());
}
if (runs('matching')) {
  const dataset = await matchingBench(
    {
      serverUrl,
      directoryRows: Number(flags.rows ?? 2_200_000),
      users: Number(flags.users ?? 100_000),
      requests: Number(flags.requests ?? 3000),
      seed: 1,
      pglite: !flags['no-pglite'],
    },
    record,
  );
  console.log(machine);
  console.log(`${dataset}\n`);
  console.log(table());
}
if (runs('fanout')) {
  const dataset = await fanoutBench({ serverUrl, nurses: Number(flags.nurses ?? 2000), runs: Number(flags.runs ?? 30), seed: 1 }, record);
  console.log(machine);
  console.log(`${dataset}\n`);
  console.log(table());
}
if (runs('race')) {
  const dataset = await raceBench({ serverUrl, nurses: Number(flags.nurses ?? 500), bursts: Number(flags.runs ?? 100), seed: 2 }, record);
  console.log(machine);
  console.log(`${dataset}\n`);
  console.log(table());
}
if (runs('crash')) {
  const only = flags.only === 'crash';
  const dataset = await crashBench({ serverUrl, runs: Number((only && flags.runs) || 3), requests: Number((only && flags.requests) || 200) }, record);
  console.log(machine);
  console.log(`${dataset}\n`);
  console.log(table());
}
if (runs('dashboard')) {
  const only = flags.only === 'dashboard';
  const fiches = Number((only && flags.requests) || 100_000);
  const dataset = await dashboardBench(
    { serverUrl, fiches, recent: Math.round(fiches / 5), runs: Number((only && flags.runs) || 300), loads: Number(flags.loads ?? 20), seed: 1 },
    record,
  );
  console.log(machine);
  console.log(`${dataset}\n`);
  console.log(table());
}
