/**
 * Fan-out benchmark (`npm run bench -- --only fanout`): how long after a GP's
 * "Déclencher" the last of 2 000 matching nurses holds the live `offer` event.
 *
 * A scratch PostgreSQL database, migrated; 2 000 nurses around one patient's
 * home and one GP (bench/live-support.ts); two app instances (child processes,
 * composeApp) on that database, the nurses' SSE streams split between them, so
 * that half of the events cross instances by LISTEN/NOTIFY. Each run: a new
 * patient (untimed), then POST /api/care-request-batches by the GP, alternately
 * to each instance; measured from just before the POST to the arrival of the
 * `offer` event at the last of the 2 000 streams. In the same run, interleaved:
 * the floor — a minimal node:http broadcaster (bench/live-floor-child.ts) in
 * one process holding all 2 000 streams, and the same split over two
 * processes — read by the same client. The instances' job workers write the
 * offer messages after each déclenchement (bench/live-app-child.ts); each app
 * run waits for them, untimed, before the next measure. Then the déclenchement
 * use case in this process with its stores timed (bench/live-profile.ts: where
 * the transaction's time goes) and, after COMMIT, when this process's own
 * LISTEN hears the last NOTIFY, the last stream its event, and the instances'
 * workers have written the offer messages. Last, what the nurses see: each
 * stream's client reads its "Demandes reçues" line on the event, as the web app does.
 */
import http from 'node:http';
import pg from 'pg';
import { careRequestsStores } from '../src/adapters/care-requests.js';
import { openDatabase, type DatabaseHandle } from '../src/adapters/db/client.js';
import { migrateDatabase } from '../src/adapters/db/migrate.js';
import { LIVE_CHANNEL } from '../src/adapters/db/stores/live.js';
import { createCareRequestsService } from '../src/app/care-requests/index.js';
import { MAX_OFFERS_PER_ROUND } from '../src/app/care-requests/dispatch.js';
import { systemClock } from '../src/app/ports.js';
import type { Actor } from '../src/core/actor.js';
import type { RecordFn } from './directory.js';
import { Tally, timedTransactor } from './live-profile.js';
import {
  call,
  createPatient,
  insertPopulation,
  login,
  offerMessagesWritten,
  ms,
  nurseRequest,
  percentile,
  sleep,
  sortNumbers,
  spread,
  SseFleet,
  startApps,
  startChild,
  trigger,
  withScratchDatabase,
  type Browser,
  type Instance,
} from './live-support.js';

export interface FanoutOptions {
  readonly serverUrl: string;
  readonly nurses: number;
  readonly runs: number;
  readonly seed: number;
}

const WARM_UP = 3;
const PROFILE_RUNS = 10;
const LIST_RUNS = 10;
const PAUSE_MS = 300;
/** How often the jobs table is read while waiting for the offer messages. */

interface Sample {
  /** Start of the POST → its response. */
  readonly post: number;
  /** Start of the POST → the first stream's event. */
  readonly first: number;
  /** Start of the POST → the last stream's event. */
  readonly last: number;
}

const summary = (samples: readonly Sample[], key: keyof Sample): number[] => sortNumbers(samples.map((s) => s[key]));

async function floorRun(fleet: SseFleet, floors: readonly Instance[], id: string, expected: number): Promise<Sample> {
  const start = performance.now();
  await Promise.all(floors.map((floor) => call(floor.port, 'POST', `/trigger?id=${id}`)));
  const post = performance.now() - start;
  const { first, last } = await fleet.waitFor(id, expected);
  fleet.forget(id);
  return { post, first: first - start, last: last - start };
}

/** One déclenchement over HTTP, timed until the last stream's event; then, untimed, until its offer messages are written. */
async function appRun(fleet: SseFleet, pool: pg.Pool, port: number, gp: Browser, patientId: string, expected: number): Promise<Sample> {
  const start = performance.now();
  const request = await trigger(port, gp, patientId);
  const post = performance.now() - start;
  if (request.offeredCount !== expected) {
    throw new Error(`the request was offered to ${request.offeredCount} nurses, not ${expected} (MAX_OFFERS_PER_ROUND is ${MAX_OFFERS_PER_ROUND})`);
  }
  const { first, last } = await fleet.waitFor(request.id, expected);
  fleet.forget(request.id);
  await offerMessagesWritten(pool, request.id);
  return { post, first: first - start, last: last - start };
}

/**
 * The déclenchement use case run in this process, stores timed: mean time
 * per trigger of each store method, BEGIN / work / COMMIT, then after COMMIT
 * this process's LISTEN hearing the last NOTIFY chunk and the last stream its
 * event (the instances' hubs and SSE writes, and this client), and the
 * instances' workers done writing the offer messages.
 */
async function profile(database: DatabaseHandle, url: string, fleet: SseFleet, apps: readonly Instance[], gp: Browser, actor: Actor, expected: number, record: RecordFn) {
  const { db, pool } = database;
  if (!pool) throw new Error('not a pg handle');
  let tally = new Tally();
  const service = createCareRequestsService({
    publicUrl: 'http://localhost:3000',
    stores: careRequestsStores(db),
    transactor: timedTransactor(db, () => tally),
    clock: systemClock,
  });
  const listener = new pg.Client({ connectionString: url });
  await listener.connect();
  const heard = new Map<string, { chunks: number; last: number }>();
  listener.on('notification', (n) => {
    const at = performance.now();
    const id = n.payload ? (JSON.parse(n.payload) as { r: string }).r : '';
    const entry = heard.get(id) ?? { chunks: 0, last: 0 };
    entry.chunks++;
    entry.last = at;
    heard.set(id, entry);
  });
  await listener.query(`listen ${LIVE_CHANNEL}`);
  const totals: number[] = [];
  const notifyAfter: number[] = [];
  const sseAfter: number[] = [];
  const messagesAfter: number[] = [];
  let chunks = 0;
  let outboxRows = 0;
  const tallies: Tally[] = [];
  try {
    for (let i = 0; i < WARM_UP + PROFILE_RUNS; i++) {
      const patientId = await createPatient(apps[0]?.port ?? 0, gp);
      tally = new Tally();
      const start = performance.now();
      const batch = await service.triggerBatch(actor, nurseRequest(patientId));
      const done = performance.now();
      const id = batch.requests[0]?.id ?? '';
      const [{ last }, written] = await Promise.all([fleet.waitFor(id, expected), offerMessagesWritten(pool, id)]);
      fleet.forget(id);
      await sleep(PAUSE_MS);
      const notified = heard.get(id);
      heard.delete(id);
      if (i < WARM_UP) continue;
      tallies.push(tally);
      totals.push(done - start);
      sseAfter.push(last - done);
      messagesAfter.push(written.at - done);
      outboxRows = written.rows;
      if (notified) {
        notifyAfter.push(notified.last - done);
        chunks = notified.chunks;
      }
    }
  } finally {
    await listener.end();
  }
  const merged = new Map<string, { ms: number; calls: number }>();
  for (const t of tallies) {
    for (const [name, e] of t.entries) {
      const m = merged.get(name) ?? { ms: 0, calls: 0 };
      m.ms += e.ms / tallies.length;
      m.calls += e.calls / tallies.length;
      merged.set(name, m);
    }
  }
  const work = merged.get('transaction: work')?.ms ?? NaN;
  const stores = [...merged.entries()].filter(([name]) => !name.startsWith('transaction')).sort((a, b) => b[1].ms - a[1].ms);
  const accounted = stores.reduce((sum, [, e]) => sum + e.ms, 0);
  const line = (name: string, e: { ms: number; calls: number }) => `${name} ${ms(e.ms)} (${Math.round(e.calls)} call${Math.round(e.calls) === 1 ? '' : 's'})`;
  record('PostgreSQL 15', `profile: triggerBatch in process (n=${PROFILE_RUNS}), total`, `${spread(totals)} (mean BEGIN ${ms(merged.get('transaction: BEGIN')?.ms ?? NaN)} · work ${ms(work)} · COMMIT ${ms(merged.get('transaction: COMMIT')?.ms ?? NaN)})`);
  record(
    'PostgreSQL 15',
    'profile: mean time per trigger by store call',
    `${stores.slice(0, 8).map(([name, e]) => line(name, e)).join(' · ')}; other stores ${ms(stores.slice(8).reduce((sum, [, e]) => sum + e.ms, 0))}; ` +
      `JS between the calls ${ms(work - accounted)}`,
  );
  record(
    'PostgreSQL 15',
    `profile: after COMMIT, until this process's LISTEN hears the last of ${chunks} NOTIFY / the last stream gets its event`,
    `${spread(notifyAfter)} / ${spread(sseAfter)}`,
  );
  record('PostgreSQL 15', `profile: after COMMIT, the offer messages (${outboxRows.toLocaleString('fr-FR')} outbox rows) written by the worker`, spread(messagesAfter));
}

/**
 * What the professionals see: on the event, each stream's client reads the lines of "Demandes
 * reçues" for that request (`GET /api/offers/:id`, as the web app refreshes its list and badge,
 * src/web/api/live.tsx), over a kept-alive connection. Measured: POST → the last of the clients
 * holding the new line, and each read's latency. The first run is a warm-up (it opens the connections).
 */
async function listRefetch(fleet: SseFleet, pool: pg.Pool, apps: readonly Instance[], gp: Browser, expected: number, record: RecordFn) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: expected });
  const lasts: number[] = [];
  const reads: number[] = [];
  let failures = 0;
  try {
    for (let run = 0; run <= LIST_RUNS; run++) {
      const port = (apps[run % apps.length] ?? apps[0])?.port ?? 0;
      const patientId = await createPatient(port, gp);
      await sleep(PAUSE_MS);
      const runReads: number[] = [];
      let last = NaN;
      const all = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${runReads.length} of ${expected} lists read in 60 s`)), 60_000);
        fleet.onEvent = (id, streamPort, cookie) => {
          const sent = performance.now();
          call(streamPort, 'GET', `/api/offers/${id}`, { cookie, agent }).then(
            (reply) => {
              last = performance.now();
              runReads.push(last - sent);
              if (reply.status !== 200 || !reply.body.includes(id)) failures++;
              if (runReads.length === expected) {
                clearTimeout(timer);
                resolve();
              }
            },
            () => failures++,
          );
        };
      });
      const start = performance.now();
      const request = await trigger(port, gp, patientId);
      await all;
      fleet.onEvent = null;
      fleet.forget(request.id);
      await offerMessagesWritten(pool, request.id);
      await sleep(PAUSE_MS);
      if (run === 0) continue;
      lasts.push(last - start);
      reads.push(...runReads);
    }
  } finally {
    fleet.onEvent = null;
    agent.destroy();
  }
  record('PostgreSQL 15', `each of the ${expected} clients reads its Demandes reçues line on the event: POST → the last client has it (n=${LIST_RUNS})`, spread(sortNumbers(lasts)));
  record('PostgreSQL 15', `the same: latency of one GET /api/offers/:id (n=${reads.length.toLocaleString('fr-FR')}); reads without the request or failed`, `${spread(sortNumbers(reads))}; ${failures}`);
}

/** Runs the fan-out benchmark; answers the dataset line. */
export async function fanoutBench(options: FanoutOptions, record: RecordFn): Promise<string> {
  const expected = options.nurses;
  return withScratchDatabase(options.serverUrl, 'declic_bench_fanout', async (url) => {
    const database = await openDatabase({ driver: 'pg', url });
    const pool = database.pool;
    if (!pool) throw new Error('not a pg handle');
    const instances: Instance[] = [];
    const fleets: SseFleet[] = [];
    try {
      await migrateDatabase(database);
      const population = await insertPopulation(database.db, expected, options.seed);
      const apps = await startApps(url, 2);
      instances.push(...apps);
      const floor = await startChild('bench/live-floor-child.ts', [], {});
      const floorPair = [await startChild('bench/live-floor-child.ts', [], {}), await startChild('bench/live-floor-child.ts', [], {})];
      instances.push(floor, ...floorPair);
      const [a, b] = apps;
      if (!a || !b) throw new Error('two instances expected');
      const gp = await login(a.port, population.gp.id, population.gp.email);

      const appFleet = new SseFleet();
      const floorFleet = new SseFleet();
      const pairFleet = new SseFleet();
      fleets.push(appFleet, floorFleet, pairFleet);
      const opened = performance.now();
      await appFleet.openAll(population.nurses.map((n, i) => ({ port: (i % 2 === 0 ? a : b).port, cookie: n.cookie })));
      record('PostgreSQL 15', `${expected} SSE streams opened (session resolved, subscribed, retry: read), 200 at a time, over 2 instances`, ms(performance.now() - opened));
      await floorFleet.openAll(population.nurses.map((n) => ({ port: floor.port, cookie: n.cookie })));
      await pairFleet.openAll(population.nurses.map((n, i) => ({ port: floorPair[i % 2]?.port ?? 0, cookie: n.cookie })));

      const results: Record<'floor' | 'pair' | 'app', Sample[]> = { floor: [], pair: [], app: [] };
      for (let run = 0; run < WARM_UP + options.runs; run++) {
        const timed = run >= WARM_UP;
        const keep = (list: Sample[], sample: Sample) => {
          if (timed) list.push(sample);
        };
        keep(results.floor, await floorRun(floorFleet, [floor], `floor-${run}`, expected));
        await sleep(PAUSE_MS);
        keep(results.pair, await floorRun(pairFleet, floorPair, `pair-${run}`, expected));
        await sleep(PAUSE_MS);
        const port = (run % 2 === 0 ? a : b).port;
        const patientId = await createPatient(port, gp);
        await sleep(PAUSE_MS);
        keep(results.app, await appRun(appFleet, pool, port, gp, patientId, expected));
        await sleep(PAUSE_MS);
        process.stderr.write(`fanout run ${run + 1}/${WARM_UP + options.runs}\r`);
      }
      process.stderr.write('\n');

      const row = (who: string, what: string, samples: Sample[]) => {
        record(who, `${what}: POST → last of ${expected} streams has the event (n=${samples.length})`, spread(summary(samples, 'last')));
        record(who, `${what}: POST → first stream has it`, spread(summary(samples, 'first')));
        record(who, `${what}: the POST's own latency`, spread(summary(samples, 'post')));
      };
      row('floor (node:http)', `one process holding the ${expected} streams`, results.floor);
      row('floor (node:http)', `two processes, ${expected / 2} streams each (both triggered at once)`, results.pair);
      row('PostgreSQL 15', 'app, 2 instances', results.app);
      const p = (samples: Sample[], q: number) => percentile(summary(samples, 'last'), q);
      const ratio = (app: Sample[], ref: Sample[]) => `p50 ${(p(app, 50) / p(ref, 50)).toFixed(1)}× · p95 ${(p(app, 95) / p(ref, 95)).toFixed(1)}×`;
      record('PostgreSQL 15', 'app ÷ floor, last stream (one process / two processes)', `${ratio(results.app, results.floor)} / ${ratio(results.app, results.pair)}`);
      const lost = fleets.reduce((sum, f) => sum + f.lost, 0);
      if (lost > 0) record('—', 'streams lost during the runs', String(lost));

      floorFleet.close();
      pairFleet.close();
      const actor: Actor = { userId: population.gp.id, profession: 'medecin_generaliste', organisationId: population.gp.organisationId, isAdmin: false, supervises: { organisationIds: [], networkIds: [] } };
      await profile(database, url, appFleet, apps, gp, actor, expected, record);
      await listRefetch(appFleet, pool, apps, gp, expected, record);
      return (
        `Dataset: ${population.description}. Runs: ${options.runs} per measure (+${WARM_UP} warm-up), interleaved (floor, floor pair, app), ` +
        `${PAUSE_MS} ms apart, a new patient each, the app's offer messages written before the next; MAX_OFFERS_PER_ROUND ${MAX_OFFERS_PER_ROUND}`
      );
    } finally {
      for (const fleet of fleets) fleet.close();
      await Promise.all(instances.map((i) => i.stop()));
      await database.close();
    }
  });
}

