/**
 * First-acceptance race (`npm run bench -- --only race`): two app instances
 * (child processes, composeApp) on one scratch PostgreSQL database; one request
 * offered to 500 nurses (checked: 500 open offers), then 500 concurrent
 * POST /api/care-requests/:id/accept, one per nurse with her session and CSRF
 * token, half to each instance, issued in one loop; repeated with a new
 * request each time. Every burst is checked — exactly one 200 and 499 × 409
 * `care_requests.already_taken`, anything else a failure — and, in the
 * database, one accepted offer, 499 withdrawn, the request accepted by the
 * winner. Latency of each call from its own start; wall time of each burst.
 * In the same run, after each app burst (and the same pause): the floor — the
 * same client loop, nurses and headers (no body), half to each of two bare
 * node:http processes (bench/race-floor-child.ts: no framework, no database,
 * the first call of a burst 200, the others 409 with the app's error body;
 * sharing nothing, each process has its own winner).
 * A few more bursts after the timed ones sample pg_stat_activity (backends
 * waiting on the row lock, connections busy) — not counted in the figures.
 * Then, uncontended: one accept alone (the winner's path) and losers one at a
 * time, over HTTP; and the winner's accept in this process with its stores
 * timed — its locked transaction, then the one reading its view after COMMIT.
 */
import type pg from 'pg';
import { careRequestsStores } from '../src/adapters/care-requests.js';
import { openDatabase, type Db } from '../src/adapters/db/client.js';
import { migrateDatabase } from '../src/adapters/db/migrate.js';
import { createCareRequestsService } from '../src/app/care-requests/index.js';
import { systemClock } from '../src/app/ports.js';
import type { RecordFn } from './directory.js';
import { Tally, timedTransactor } from './live-profile.js';
import {
  call,
  createPatient,
  csrfOf,
  insertPopulation,
  login,
  ms,
  offerMessagesWritten,
  percentile,
  sleep,
  sortNumbers,
  spread,
  startApps,
  startChild,
  trigger,
  withScratchDatabase,
  type Browser,
  type Instance,
} from './live-support.js';

export interface RaceOptions {
  readonly serverUrl: string;
  readonly nurses: number;
  readonly bursts: number;
  readonly seed: number;
}

const WARM_UP = 3;
const SAMPLED = 5;
const PAUSE_MS = 300;
const UNCONTENDED = 10;
const LOSERS_EACH = 20;

/** Uncontended, over HTTP: the winner's accept alone, then losers one at a time. */
async function uncontended(apps: readonly Instance[], gp: Browser, nurses: readonly Browser[], record: RecordFn): Promise<void> {
  const winners: number[] = [];
  const losers: number[] = [];
  for (let i = 0; i < UNCONTENDED; i++) {
    const port = (apps[i % 2] ?? apps[0])?.port ?? 0;
    const request = await trigger(port, gp, await createPatient(port, gp));
    await sleep(PAUSE_MS);
    const accept = async (nurse: Browser | undefined, expected: number) => {
      if (!nurse) throw new Error('no nurse');
      const start = performance.now();
      const reply = await call(port, 'POST', `/api/care-requests/${request.id}/accept`, { cookie: nurse.cookie, csrf: nurse.csrf });
      if (reply.status !== expected) throw new Error(`accept answered ${reply.status}, ${expected} expected`);
      return performance.now() - start;
    };
    winners.push(await accept(nurses[i], 200));
    for (let j = 1; j <= LOSERS_EACH; j++) losers.push(await accept(nurses[(i + j * 7) % nurses.length], 409));
  }
  record('PostgreSQL 15', `uncontended over HTTP: the winner's accept alone (n=${winners.length})`, spread(winners));
  record('PostgreSQL 15', `uncontended over HTTP: a loser's accept, one at a time (n=${losers.length})`, spread(losers));
}

/** The winner's accept in this process (both its transactions), stores timed (as src/adapters/care-requests.ts builds them). */
async function winnerProfile(db: Db, port: number, gp: Browser, nurses: readonly Browser[], record: RecordFn): Promise<void> {
  let tally = new Tally();
  const service = createCareRequestsService({ publicUrl: 'http://localhost:3000', stores: careRequestsStores(db), transactor: timedTransactor(db, () => tally), clock: systemClock });
  const tallies: Tally[] = [];
  const totals: number[] = [];
  for (let i = 0; i < UNCONTENDED; i++) {
    const request = await trigger(port, gp, await createPatient(port, gp));
    // Past the instances' writing of the offer messages.
    await sleep(PAUSE_MS);
    const nurse = nurses[nurses.length - 1 - i];
    if (!nurse) throw new Error('no nurse');
    tally = new Tally();
    const start = performance.now();
    await service.acceptOffer({ userId: nurse.userId, profession: 'infirmier', organisationId: null, isAdmin: false, supervises: { organisationIds: [], networkIds: [] } }, request.id);
    totals.push(performance.now() - start);
    tallies.push(tally);
    await sleep(PAUSE_MS);
  }
  const mean = (name: string) => tallies.reduce((sum, t) => sum + (t.entries.get(name)?.ms ?? 0), 0) / tallies.length;
  const names = [...new Set(tallies.flatMap((t) => [...t.entries.keys()]))].filter((n) => !n.startsWith('transaction'));
  const top = names
    .map((name) => ({ name, ms: mean(name), calls: tallies.reduce((sum, t) => sum + (t.entries.get(name)?.calls ?? 0), 0) / tallies.length }))
    .sort((a, b) => b.ms - a.ms);
  record(
    'PostgreSQL 15',
    `the winner's accept in process, uncontended (n=${UNCONTENDED}): its locked transaction, then its view's`,
    `${spread(totals)} (mean work ${ms(mean('transaction: work'))} · COMMIT ${ms(mean('transaction: COMMIT'))}); ` +
      `${top.slice(0, 6).map((e) => `${e.name} ${ms(e.ms)}${e.calls > 1 ? ` (${Math.round(e.calls)} calls)` : ''}`).join(' · ')}`,
  );
}

/** Where a burst's calls go: each nurse's to one of the ports in turn, at the path of the burst's accept. */
interface Target {
  readonly ports: readonly number[];
  readonly path: (id: string) => string;
  /** 200s a burst must answer: one for the app; one per process for the floor, whose processes share nothing. */
  readonly winners: number;
}

interface Burst {
  readonly wall: number;
  readonly latencies: number[];
  /** The nurses answered 200, with their latency. */
  readonly winners: { readonly userId: string; readonly latency: number }[];
  readonly failures: string[];
}

async function checkDatabase(pool: pg.Pool, careRequestId: string, winner: string | null, n: number): Promise<string[]> {
  const rows = await pool.query<{ status: string; performer_id: string | null; accepted: string; withdrawn: string; open: string }>(
    `select r.status, r.performer_id,
      count(*) filter (where o.response = 'accepted') as accepted,
      count(*) filter (where o.response = 'withdrawn') as withdrawn,
      count(*) filter (where o.response is null) as open
    from care_requests r join dispatch_rounds d on d.care_request_id = r.id join offers o on o.round_id = d.id
    where r.id = $1 group by r.id, r.status, r.performer_id`,
    [careRequestId],
  );
  const row = rows.rows[0];
  const problems: string[] = [];
  if (!row) return ['request not found'];
  if (row.status !== 'accepted') problems.push(`status ${row.status}`);
  if (row.performer_id !== winner) problems.push(`performer ${row.performer_id} is not the one answered 200 (${winner})`);
  if (Number(row.accepted) !== 1 || Number(row.withdrawn) !== n - 1 || Number(row.open) !== 0) problems.push(`offers: ${row.accepted} accepted, ${row.withdrawn} withdrawn, ${row.open} open`);
  return problems;
}

async function openOffers(pool: pg.Pool, careRequestId: string): Promise<number> {
  const rows = await pool.query<{ n: string }>('select count(*) as n from offers o join dispatch_rounds d on d.id = o.round_id where d.care_request_id = $1 and o.response is null', [careRequestId]);
  return Number(rows.rows[0]?.n ?? 0);
}

/** Backends of the scratch database every ~5 ms during a burst: the most waiting on a lock, and active at once. */
function sampleActivity(pool: pg.Pool, database: string): { stop: () => Promise<{ lockWaits: number; active: number }> } {
  let running = true;
  let lockWaits = 0;
  let active = 0;
  const loop = (async () => {
    while (running) {
      const rows = await pool.query<{ locks: string; active: string }>(
        `select count(*) filter (where wait_event_type = 'Lock') as locks, count(*) filter (where state <> 'idle') as active
        from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and query not ilike 'listen%'`,
        [database],
      );
      lockWaits = Math.max(lockWaits, Number(rows.rows[0]?.locks ?? 0));
      active = Math.max(active, Number(rows.rows[0]?.active ?? 0));
      await sleep(5);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { lockWaits, active };
    },
  };
}

/** One burst: every nurse's accept of `id` at once, issued in one loop; checked: `target.winners` × 200, the others 409 already_taken. */
async function burst(target: Target, nurses: readonly Browser[], id: string): Promise<Burst> {
  const failures: string[] = [];
  const latencies: number[] = [];
  const winners: Burst['winners'][number][] = [];
  const started = performance.now();
  const calls = nurses.map((nurse, i) => {
    const start = performance.now();
    return call(target.ports[i % target.ports.length] ?? 0, 'POST', target.path(id), { cookie: nurse.cookie, csrf: nurse.csrf }).then(
      (reply) => ({ nurse, reply, latency: performance.now() - start }),
      (error: unknown) => ({ nurse, reply: null, latency: performance.now() - start, error }),
    );
  });
  const answers = await Promise.all(calls);
  const wall = performance.now() - started;
  for (const { nurse, reply, latency } of answers) {
    latencies.push(latency);
    if (!reply) {
      failures.push('network error');
      continue;
    }
    if (reply.status === 200) {
      winners.push({ userId: nurse.userId, latency });
      continue;
    }
    const code = reply.status === 409 ? (JSON.parse(reply.body) as { code?: string }).code : undefined;
    if (code !== 'care_requests.already_taken') failures.push(`${reply.status} ${reply.body.slice(0, 120)}`);
  }
  if (winners.length !== target.winners) failures.push(`${winners.length} × 200, ${target.winners} expected`);
  return { wall, latencies, winners, failures };
}

/** Runs the race benchmark; answers the dataset line. */
export async function raceBench(options: RaceOptions, record: RecordFn): Promise<string> {
  const n = options.nurses;
  return withScratchDatabase(options.serverUrl, 'declic_bench_race', async (url) => {
    const database = await openDatabase({ driver: 'pg', url });
    const instances: Instance[] = [];
    try {
      await migrateDatabase(database);
      const population = await insertPopulation(database.db, n, options.seed);
      const pool = database.pool;
      if (!pool) throw new Error('not a pg handle');
      const apps = await startApps(url, 2);
      instances.push(...apps);
      const floors = [await startChild('bench/race-floor-child.ts', [], {}), await startChild('bench/race-floor-child.ts', [], {})];
      instances.push(...floors);
      const [a] = apps;
      if (!a) throw new Error('no instance');
      const appTarget: Target = { ports: apps.map((app) => app.port), path: (id) => `/api/care-requests/${id}/accept`, winners: 1 };
      const floorTarget: Target = { ports: floors.map((floor) => floor.port), path: (id) => `/accept/${id}`, winners: floors.length };
      const gp = await login(a.port, population.gp.id, population.gp.email);
      // Each nurse calls one instance; her CSRF token is bound to her session (the secret is shared).
      const nurses: Browser[] = await Promise.all(
        population.nurses.map(async (nurse, i) => ({ userId: nurse.id, cookie: nurse.cookie, csrf: await csrfOf(apps[i % 2]?.port ?? 0, nurse.cookie) })),
      );
      const bursts: Burst[] = [];
      const floorBursts: Burst[] = [];
      const failures: { burst: number; failures: string[] }[] = [];
      let sampled = { lockWaits: 0, active: 0 };
      const probes: number[] = [];
      const datname = new URL(url).pathname.slice(1);
      for (let i = 0; i < WARM_UP + options.bursts + SAMPLED; i++) {
        const timed = i >= WARM_UP && i < WARM_UP + options.bursts;
        const port = (apps[i % 2] ?? a).port;
        const patientId = await createPatient(port, gp);
        const request = await trigger(port, gp, patientId);
        const open = await openOffers(pool, request.id);
        // The instances' workers write the offer messages right after the trigger: not during the burst.
        await offerMessagesWritten(pool, request.id);
        if (request.offeredCount !== n || open !== n) throw new Error(`request offered to ${request.offeredCount} nurses, ${open} open offers; ${n} expected`);
        await sleep(PAUSE_MS);
        const sampling = i >= WARM_UP + options.bursts ? sampleActivity(pool, datname) : null;
        // During the sampled bursts, 20 ms in: the GP's GET /api/session on each instance (unrelated traffic).
        const probe = sampling
          ? sleep(20).then(() =>
              Promise.all(
                apps.map(async (app) => {
                  const start = performance.now();
                  await call(app.port, 'GET', '/api/session', { cookie: gp.cookie });
                  return performance.now() - start;
                }),
              ),
            )
          : null;
        const result = await burst(appTarget, nurses, request.id);
        if (probe) probes.push(...(await probe));
        if (sampling) {
          const s = await sampling.stop();
          sampled = { lockWaits: Math.max(sampled.lockWaits, s.lockWaits), active: Math.max(sampled.active, s.active) };
        }
        const problems = [...result.failures, ...(await checkDatabase(pool, request.id, result.winners[0]?.userId ?? null, n))];
        if (timed) {
          bursts.push(result);
          if (problems.length > 0) failures.push({ burst: i - WARM_UP + 1, failures: problems });
        }
        process.stderr.write(`race burst ${i + 1}/${WARM_UP + options.bursts + SAMPLED}\r`);
        await sleep(PAUSE_MS);
        if (i < WARM_UP + options.bursts) {
          const floorResult = await burst(floorTarget, nurses, `burst-${i}`);
          if (timed) floorBursts.push(floorResult);
          await sleep(PAUSE_MS);
        }
      }
      process.stderr.write('\n');
      const latencies = bursts.flatMap((b) => b.latencies);
      const oneWinner = bursts.length - failures.length;
      record('PostgreSQL 15', `bursts with exactly one 200, ${n - 1} × 409 already_taken, and the database agreeing (n=${bursts.length})`, `${oneWinner} of ${bursts.length}`);
      record('PostgreSQL 15', 'failures (anything else)', failures.length === 0 ? 'none' : failures.map((f) => `burst ${f.burst}: ${f.failures.slice(0, 3).join('; ')}`).join(' · '));
      record('PostgreSQL 15', `accept latency, all calls (n=${latencies.length.toLocaleString('fr-FR')})`, spread(latencies, [50, 95, 99]));
      record('PostgreSQL 15', `accept latency of the winner (n=${bursts.length})`, spread(bursts.map((b) => b.winners[0]?.latency ?? NaN), [50, 95, 99]));
      record('PostgreSQL 15', `burst wall time, first call issued → last answer (n=${bursts.length})`, spread(bursts.map((b) => b.wall), [50, 95, 99]));
      const floorLatencies = floorBursts.flatMap((b) => b.latencies);
      const floorFailures = floorBursts.filter((b) => b.failures.length > 0);
      record(
        'floor (node:http)',
        `two processes, bursts with one 200 per process and ${n - floors.length} × 409 already_taken (n=${floorBursts.length})`,
        `${floorBursts.length - floorFailures.length} of ${floorBursts.length}${floorFailures.length === 0 ? '' : `; ${floorFailures[0]?.failures.slice(0, 3).join('; ')}`}`,
      );
      record('floor (node:http)', `the same client loop: latency, all calls (n=${floorLatencies.length.toLocaleString('fr-FR')})`, spread(floorLatencies, [50, 95, 99]));
      record('floor (node:http)', `burst wall time, first call issued → last answer (n=${floorBursts.length})`, spread(floorBursts.map((b) => b.wall), [50, 95, 99]));
      const app = sortNumbers(latencies);
      const floor = sortNumbers(floorLatencies);
      record('PostgreSQL 15', 'app ÷ floor, latency of all calls', [50, 95, 99].map((q) => `p${q} ${(percentile(app, q) / percentile(floor, q)).toFixed(1)}×`).join(' · '));
      record('PostgreSQL 15', `${SAMPLED} more bursts, pg_stat_activity every ~5 ms: most backends waiting on a lock / active at once`, `${sampled.lockWaits} / ${sampled.active} (pool: 10 connections per instance, 2 instances)`);
      record('PostgreSQL 15', `the same bursts: a signed-in GET /api/session sent to each instance 20 ms into the burst (n=${probes.length})`, spread(probes));
      await uncontended(apps, gp, nurses, record);
      await winnerProfile(database.db, a.port, gp, nurses, record);
      return (
        `Dataset: ${population.description}. Bursts: ${options.bursts} (+${WARM_UP} warm-up, +${SAMPLED} sampled), ${PAUSE_MS} ms apart, a new patient and request each; ` +
        `${n} calls a burst, alternately to each instance; each timed or warm-up burst followed by a floor burst, ${PAUSE_MS} ms after`
      );
    } finally {
      await Promise.all(instances.map((i) => i.stop()));
      await database.close();
    }
  });
}

