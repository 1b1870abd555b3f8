/**
 * Matching benchmark (`npm run bench -- --only matching`): the candidate query
 * (`CandidateFinder.find`, the app's code) over a national data set — the
 * 2.2 M-row synthetic directory imported as `import:rpps` does, and 100 000
 * care professionals placed with the population density — for requests placed
 * like patients; on PostgreSQL, against the same query done with PostGIS
 * (geography point, GiST, ST_DWithin) on the same data in the same run; then on
 * PGlite.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openDatabase, type DatabaseHandle } from '../src/adapters/db/client.js';
import { migrateDatabase } from '../src/adapters/db/migrate.js';
import type { CandidateFinder } from '../src/app/care-requests/ports.js';
import { candidateQuery, createCandidateFinder, NEAR_KM, runCandidateQuery, type Geography } from '../src/adapters/db/stores/candidates.js';
import { remoteCareModes } from '../src/core/care-requests/types.js';
import { careProfessions } from '../src/core/professions.js';
import { extract, importInChild, type RecordFn } from './directory.js';
import { matchingDataset, matchingRequests, type BenchRequest, type MatchingDataset } from './matching-data.js';

const WORK_DIR = '/tmp/declic-directory-bench';
/**
 * Candidates per request: 500, the cap of a round when these figures were first
 * taken (BENCHMARKS.md); MAX_OFFERS_PER_ROUND is 2 000 since the fan-out benchmark,
 * kept apart here so that the recorded runs stay comparable.
 */
const LIMIT = 500;
const WARM_UP = 200;

export interface MatchingOptions {
  readonly serverUrl: string;
  readonly users: number;
  readonly requests: number;
  readonly directoryRows: number;
  readonly seed: number;
  readonly pglite: boolean;
}

interface Figures {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly meanResults: number;
  readonly empty: number;
  /** p50 / p99 per kind of request. */
  readonly kinds: string;
}

/** Kinds of request, whose costs differ (ADR 0006). */
function kindOf(request: BenchRequest): string {
  if (request.networkIds !== null) return 'network';
  if (remoteCareModes.includes(request.careMode)) return 'remote';
  return request.radiusKm === null ? 'local' : 'widened';
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const describe = (f: Figures): string =>
  `p50 ${f.p50.toFixed(2)} ms · p99 ${f.p99.toFixed(2)} ms · max ${f.max.toFixed(1)} ms (${f.meanResults.toFixed(0)} candidates on average, ${(f.empty * 100).toFixed(0)} % none); ` +
  `p50 / p99 ms by kind: ${f.kinds}`;

/** Times `run` over the requests after WARM_UP untimed ones; `run` answers the number of candidates. */
async function time(requests: readonly BenchRequest[], run: (request: BenchRequest) => Promise<number>): Promise<Figures> {
  for (const request of requests.slice(0, WARM_UP)) await run(request);
  const samples: number[] = [];
  const byKind = new Map<string, number[]>();
  let results = 0;
  let empty = 0;
  for (const request of requests.slice(WARM_UP)) {
    const start = performance.now();
    const found = await run(request);
    const ms = performance.now() - start;
    samples.push(ms);
    byKind.set(kindOf(request), [...(byKind.get(kindOf(request)) ?? []), ms]);
    results += found;
    if (found === 0) empty++;
  }
  samples.sort((a, b) => a - b);
  const kinds = ['local', 'widened', 'remote', 'network']
    .map((kind) => {
      const sorted = (byKind.get(kind) ?? []).sort((a, b) => a - b);
      return `${kind} (n=${sorted.length}) ${percentile(sorted, 50).toFixed(1)} / ${percentile(sorted, 99).toFixed(1)}`;
    })
    .join(' · ');
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), max: samples.at(-1) ?? NaN, meanResults: results / samples.length, empty: empty / samples.length, kinds };
}

const patientGeog = (p: { lat: number; lng: number }) => sql`ST_SetSRID(ST_MakePoint(${p.lng}::float8, ${p.lat}::float8), 4326)::geography`;

/** The reference: PostGIS geography points and GiST — `<->` nearest first, ST_DWithin, ST_Distance (spheroid). */
export const postgisGeography: Geography = {
  nearest: (patient) => sql`u.practice_geog <-> ${patientGeog(patient)}`,
  metres: (patient) => sql`ST_Distance(u.practice_geog, ${patientGeog(patient)})`,
  within: (patient, km) => sql`ST_DWithin(u.practice_geog, ${patientGeog(patient)}, ${km * 1000}::float8)`,
  // The largest radius a user may give (SERVICE_RADIUS_MAX_KM): ST_DWithin needs a constant distance to use the index.
  wideAreaMayHold: (patient) => sql`ST_DWithin(u.practice_geog, ${patientGeog(patient)}, 200000::float8)`,
};

async function copyIntoServer(url: string, dataset: MatchingDataset): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const t of dataset.tables) {
      await pipeline(Readable.from([t.csv]), client.query(copyFrom(`copy ${t.table} (${t.columns.join(', ')}) from stdin with (format csv)`)));
    }
    await client.query('vacuum analyze');
  } finally {
    await client.end();
  }
}

async function copyIntoPglite(database: DatabaseHandle, dataset: MatchingDataset): Promise<void> {
  const pglite = database.pglite;
  if (!pglite) throw new Error('not a PGlite handle');
  for (const t of dataset.tables) {
    await pglite.query(`copy ${t.table} (${t.columns.join(', ')}) from '/dev/blob' with (format csv)`, [], { blob: new Blob([t.csv]) });
  }
  await pglite.exec('vacuum analyze');
}

async function postgres(options: MatchingOptions, file: string | null, requests: readonly BenchRequest[], record: RecordFn): Promise<void> {
  const admin = new pg.Client({ connectionString: options.serverUrl });
  await admin.connect();
  const name = `declic_bench_match_${process.pid}`;
  const url = Object.assign(new URL(options.serverUrl), { pathname: `/${name}` }).toString();
  try {
    await admin.query(`create database ${name}`);
    const scratch = new pg.Client({ connectionString: url });
    await scratch.connect();
    try {
      await scratch.query('create extension postgis');
    } catch (error) {
      throw new Error(
        `The matching benchmark compares with PostGIS, which is not installed on ${new URL(options.serverUrl).host} ` +
          `(Debian: apt-get install postgresql-15-postgis-3): ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    } finally {
      await scratch.end();
    }
    if (file) {
      const imported = await importInChild(file, { DATABASE_URL: url, DATA_DIR: '' });
      record('PostgreSQL 15', `directory: import:rpps (${imported.report.imported.toLocaleString('fr-FR')} rows)`, seconds(imported.report.elapsedMs));
    }
    const database = await openDatabase({ driver: 'pg', url });
    try {
      await migrateDatabase(database);
      await database.db.execute(sql`alter table users add column practice_geog geography(Point, 4326)`);
      await database.db.execute(sql`create index users_practice_geog_idx on users using gist (practice_geog)`);
      const dataset = matchingDataset(options.users, options.seed, true);
      const started = performance.now();
      await copyIntoServer(url, dataset);
      record('PostgreSQL 15', 'users, hours, absences, networks: COPY + ANALYZE (GiST indexes in place)', seconds(performance.now() - started));
      const finder = createCandidateFinder(database.db);
      const earth = await time(requests, async (r) => (await finder.find(r)).length);
      record('PostgreSQL 15', `CandidateFinder.find, cube + earthdistance (n=${requests.length - WARM_UP}, after ${WARM_UP} warm-up)`, describe(earth));
      const viaPostgisIds = async (r: BenchRequest) => (await runCandidateQuery(database.db, candidateQuery(r, postgisGeography))).map((row) => String(row.userId));
      const viaPostgis = async (r: BenchRequest) => (await viaPostgisIds(r)).length;
      const agreement = await agree(requests.slice(0, 300), finder, viaPostgisIds);
      record('PostgreSQL 15', 'same candidates with both geographies (first 300 requests)', agreement);
      const single = await time(requests, viaPostgis);
      record('PostgreSQL 15 + PostGIS 3.3', 'same query with PostGIS, one GiST index on practice_geog (reference)', describe(single));
      for (const profession of careProfessions) {
        await database.db.execute(
          sql.raw(`create index users_geog_${profession}_idx on users using gist (practice_geog) where active and practice_lat is not null and profession = '${profession}'`),
        );
      }
      await database.db.execute(sql.raw(`create index users_geog_wide_idx on users using gist (practice_geog) where active and practice_lat is not null and service_radius_km > ${NEAR_KM}`));
      await database.db.execute(sql`drop index users_practice_geog_idx`);
      await database.db.execute(sql`analyze users`);
      const partial = await time(requests, viaPostgis);
      record('PostgreSQL 15 + PostGIS 3.3', 'same query with PostGIS, GiST per profession + wide radii, as ours (reference)', describe(partial));
      const ratio = (reference: Figures) => `p50 ${(earth.p50 / reference.p50).toFixed(2)}× · p99 ${(earth.p99 / reference.p99).toFixed(2)}×`;
      record('PostgreSQL 15', 'earthdistance / PostGIS, one GiST index', ratio(single));
      record('PostgreSQL 15', 'earthdistance / PostGIS, same index layout', ratio(partial));
    } finally {
      await database.close();
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function pglite(options: MatchingOptions, file: string | null, requests: readonly BenchRequest[], record: RecordFn): Promise<void> {
  const dataDir = join(WORK_DIR, `pglite-match-${process.pid}`);
  try {
    if (file) {
      const imported = await importInChild(file, { DATA_DIR: dataDir, DATABASE_URL: '' });
      record('PGlite', `directory: import:rpps (${imported.report.imported.toLocaleString('fr-FR')} rows)`, seconds(imported.report.elapsedMs));
    }
    const database = await openDatabase({ driver: 'pglite', dataDir });
    try {
      await migrateDatabase(database);
      const started = performance.now();
      await copyIntoPglite(database, matchingDataset(options.users, options.seed, false));
      record('PGlite', 'users, hours, absences, networks: COPY + ANALYZE (GiST indexes in place)', seconds(performance.now() - started));
      const finder = createCandidateFinder(database.db);
      const figures = await time(requests, async (r) => (await finder.find(r)).length);
      record('PGlite', `CandidateFinder.find, cube + earthdistance (n=${requests.length - WARM_UP}, after ${WARM_UP} warm-up)`, describe(figures));
    } finally {
      await database.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * How often both geographies give the same candidates. They may differ at the
 * edge of a service area: PostGIS measures on the WGS 84 spheroid, earthdistance
 * on a sphere (up to ~0.5 % apart).
 */
async function agree(requests: readonly BenchRequest[], finder: CandidateFinder, postgis: (r: BenchRequest) => Promise<string[]>): Promise<string> {
  let same = 0;
  let differing = 0;
  for (const request of requests) {
    const ours = new Set((await finder.find(request)).map((c) => c.userId));
    const theirs = new Set(await postgis(request));
    const diff = [...ours].filter((id) => !theirs.has(id)).length + [...theirs].filter((id) => !ours.has(id)).length;
    if (diff === 0) same++;
    differing += diff;
  }
  return `${same} of ${requests.length} requests identical; ${differing} candidates differ in all`;
}

/** Runs the matching benchmark; answers the dataset line. */
export async function matchingBench(options: MatchingOptions, record: RecordFn): Promise<string> {
  const file = options.directoryRows > 0 ? await extract(options.directoryRows, options.seed, record) : null;
  const requests = matchingRequests(options.requests + WARM_UP, options.seed + 1, LIMIT);
  await postgres(options, file, requests, record);
  if (options.pglite) await pglite(options, file, requests, record);
  const dataset = matchingDataset(options.users, options.seed, false);
  return (
    `Dataset: ${file ? `directory ${options.directoryRows.toLocaleString('fr-FR')} rows (npm run gen:rpps, seed ${options.seed})` : 'no directory rows'}; ${dataset.description}. ` +
    `Requests: ${options.requests.toLocaleString('fr-FR')} (+${WARM_UP} warm-up), patients placed with the same density, limit ${LIMIT}`
  );
}
