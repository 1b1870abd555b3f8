/**
 * A `kill -9` in the middle of a storm of déclenchements, then a restart on
 * the same database (DESIGN's promises across a crash: a batch is one
 * transaction; the outbox and the jobs are in the database, claimed with a
 * lease). Shared by `src/crash.cli.int.test.ts`, which asserts on the report,
 * and `bench/crash.ts`, which prints its figures.
 *
 * 1. The real server (`src/main.ts`, demo mode, worker every 200 ms, SMS to a
 *    fake Brevo gateway) on a fresh database: a scratch database of a
 *    PostgreSQL server, or a PGlite data dir in a temp folder.
 * 2. The demo GP creates one patient per déclenchement, triggers one request
 *    with a 10-minute response deadline, then fires the déclenchements
 *    concurrently in waves; the server gets SIGKILL once `killAfterCommitted`
 *    of them have answered 201.
 * 3. Server down: the database is read as it was left (every 201 there, with
 *    its offers, outbox rows and jobs; every failed POST all or nothing), and
 *    the 10-minute request's deadline is moved into the past (the time passing
 *    while the server is down); with `expireLeases`, the leases the dead
 *    process held are ended too (the minute of lease passing).
 * 4. Restart on the same database; wait until the deadline fired and the
 *    outbox is drained; graceful stop; every gateway hit is matched to its
 *    outbox row.
 *
 * PGlite allows one process on a data dir: the database is read only while
 * the server is down, and the drain is watched from outside (the gateway, the
 * API, the demo outbox), then checked in the database after a graceful stop.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, count, eq, gt, inArray, isNull, like, sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type Db } from '../../src/adapters/db/client.js';
import { DEMO_PASSWORD } from '../../src/adapters/db/seed/demo-accounts.js';
import { careRequestBatches, careRequests, dispatchRounds, jobs, notifications, offers, timelineEvents } from '../../src/adapters/db/schema.js';
import { json, startFakeSmsGateway, type FakeSmsGateway } from './fake-sms-gateway.js';
import { httpLogin, type HttpClient } from './http-client.js';
import { patientInput, uniqueName } from './patients.js';
import { startServer, stopServer, type ServerProcess } from './server-process.js';

export const DEMO_GP = 'medecin@declic.demo';

export interface CrashOptions {
  readonly driver: 'pg' | 'pglite';
  /** PostgreSQL: any database URL of the server; a scratch database is created next to it and dropped. */
  readonly serverUrl?: string;
  /** Déclenchements fired (one patient each). */
  readonly requests: number;
  readonly waveSize: number;
  /** A wave is fired every this many ms, without waiting for the previous one's answers. */
  readonly waveIntervalMs: number;
  /** SIGKILL once this many POSTs have answered 201. */
  readonly killAfterCommitted: number;
  /** End the dead process's leases while it is down (tests); false: wait for them as production would (bench). */
  readonly expireLeases: boolean;
  readonly jobsPollMs?: number;
  /** How long to wait, after the restart, for the deadline and the drain. */
  readonly drainTimeoutMs: number;
  readonly log?: (message: string) => void;
}

/** What became of one POST /api/care-request-batches. */
export type PostOutcome =
  | { readonly kind: 'committed'; readonly requestId: string; readonly number: number; readonly offeredCount: number }
  /** The connection broke with the request sent (reset, socket closed): the server may or may not have committed. */
  | { readonly kind: 'broken'; readonly error: string }
  /** Nobody listening any more: the server never saw it. */
  | { readonly kind: 'refused'; readonly error: string }
  | { readonly kind: 'status'; readonly status: number; readonly body: string };

export interface Post {
  readonly index: number;
  readonly patientId: string;
  outcome: PostOutcome | null;
}

/** One SMS the fake gateway received. */
export interface GatewayHit {
  readonly at: number;
  /** Which process sent it: the one killed (`before`, or `down` when it reached the gateway after the kill) or the restarted one (`after`). */
  readonly phase: 'before' | 'down' | 'after';
  readonly messageId: number;
  readonly recipient: string;
  readonly content: string;
}

export interface DuplicateSms {
  readonly key: string;
  readonly hits: number;
  readonly attempts: number;
  readonly providerId: string | null;
  readonly cause: string;
  /** True when it breaks the promise: a row sent again after it was marked sent, or resent by a live process. */
  readonly violation: boolean;
}

export interface CrashReport {
  readonly driver: 'pg' | 'pglite';
  readonly posts: {
    readonly total: number;
    readonly committed: number;
    readonly broken: number;
    readonly refused: number;
    /** Any other answer (4xx/5xx): unexpected. */
    readonly otherStatus: readonly string[];
    /** From the first POST to the kill. */
    readonly stormMs: number;
  };
  /** The database as the killed process left it. */
  readonly afterKill: {
    /** POSTs answered 201 whose request is missing or incomplete (offers, round, deadline job, outbox rows). */
    readonly committedProblems: readonly string[];
    /** Failed POSTs whose batch was committed, complete (the 201 was lost with the connection). */
    readonly committedUnacknowledged: number;
    /** Failed POSTs that left part of a batch, or patients with more than one batch: atomicity broken. */
    readonly partial: readonly string[];
    /** Requests in the database that no POST accounts for. */
    readonly strayRequests: number;
    readonly smsRows: number;
    /** Committed requests whose offer messages were still to be written (their job pending). */
    readonly offerMessagesPending: number;
    readonly smsSentBeforeKill: number;
    readonly pendingRows: number;
    /** Pending rows claimed by the dead process, under a lease still running. */
    readonly leasedRows: number;
    readonly leasesExpired: number;
  };
  readonly restart: {
    /** Spawn to /readyz 200. */
    readonly startMs: number;
    /** Ready to no pending outbox row (PostgreSQL: counted; PGlite: every pending SMS at the gateway and the deadline's e-mail delivered). */
    readonly drainMs: number | null;
    /** Ready to the last sent_at of the rows that were pending and not leased at the kill. */
    readonly unleasedDeliveredMs: number | null;
    readonly deadlineFired: boolean;
    /** The no_resource event's time minus the restarted server's readiness. */
    readonly deadlineDelayMs: number | null;
    readonly deadlineTimeline: boolean;
    readonly stopCode: number | null;
  };
  readonly final: {
    readonly pendingRows: number;
    /** SMS rows of the committed requests not 'sent' (key: status). */
    readonly smsNotSent: readonly string[];
    readonly smsRows: number;
    readonly gatewayHits: number;
    /** SMS rows the gateway never received. */
    readonly smsNeverReceived: readonly string[];
    /** Rows whose provider_id is not the messageId of a hit of theirs. */
    readonly providerIdMismatch: readonly string[];
    readonly duplicates: readonly DuplicateSms[];
    /** Hits matching no SMS row. */
    readonly unmatchedHits: number;
    readonly committedMissing: readonly string[];
    /** Committed requests whose offers and offer SMS rows differ in number. */
    readonly offersWithoutSms: readonly string[];
  };
  /** Server output of both runs, for failures. */
  readonly output: string;
}

/** A Tuesday 11 to 17 days from now in Paris: every demo professional works then (test/e2e/browser.ts). */
export function demoTuesday(): string {
  const today = new Date(`${new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())}T00:00:00Z`);
  for (let days = 11; days <= 17; days++) {
    const date = new Date(today.getTime() + days * 86_400_000);
    if (date.getUTCDay() === 2) return date.toISOString().slice(0, 10);
  }
  throw new Error('no Tuesday in a week');
}

/** An infirmier(e) "Bilan sang" visite, the demo nurses' kind of request. */
export function nurseBlock(startOn: string, responseDeadlineMinutes: number): Record<string, unknown> {
  return {
    profession: 'infirmier',
    careActs: ['bilan_sang'],
    careMode: 'visite',
    startOn,
    days: 1,
    visitsPerDay: 1,
    responseDeadlineMinutes,
    comment: 'Bilan sanguin à jeun',
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Connection failures of fetch: refused (never reached the server) or broken (sent, then the socket died). */
function failureOf(error: unknown): PostOutcome {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : '';
  const text = `${code} ${cause instanceof Error ? cause.message : String(cause)}`.trim();
  return code === 'ECONNREFUSED' ? { kind: 'refused', error: text } : { kind: 'broken', error: text };
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i] as T, i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A scratch database: a PostgreSQL database created for the run, or a PGlite data dir in a temp folder. */
interface Scratch {
  readonly env: Record<string, string>;
  /** Runs `fn` on the database; PGlite: only while no server runs (one process per data dir). */
  withDb<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** PostgreSQL only: the database may be read while the server runs. */
  readonly shared: boolean;
  dispose(): Promise<void>;
}

async function scratchDatabase(options: CrashOptions): Promise<Scratch> {
  if (options.driver === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'declic-crash-'));
    const dataDir = join(dir, 'data');
    return {
      env: { DATA_DIR: dataDir },
      shared: false,
      async withDb(fn) {
        const handle = await openDatabase({ driver: 'pglite', dataDir });
        try {
          return await fn(handle.db);
        } finally {
          await handle.close();
        }
      },
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (!options.serverUrl) throw new Error('serverUrl is required with PostgreSQL');
  const admin = new URL(options.serverUrl);
  admin.pathname = '/postgres';
  const name = `declic_crash_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`create database ${name}`);
  const url = new URL(options.serverUrl);
  url.pathname = `/${name}`;
  let handle: DatabaseHandle | null = null;
  return {
    env: { DATABASE_URL: url.toString() },
    shared: true,
    async withDb(fn) {
      handle ??= await openDatabase({ driver: 'pg', url: url.toString() });
      return fn(handle.db);
    },
    async dispose() {
      await handle?.close();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

interface Snapshot {
  readonly requests: (typeof careRequests.$inferSelect)[];
  readonly batches: { id: string; patientId: string }[];
  readonly offerCounts: Map<string, number>;
  readonly rounds: { careRequestId: string; id: string }[];
  readonly jobs: (typeof jobs.$inferSelect)[];
  readonly outbox: (typeof notifications.$inferSelect)[];
}

/** Offers made per care request (through their rounds). */
async function offerCountsByRequest(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .select({ careRequestId: dispatchRounds.careRequestId, n: count() })
    .from(offers)
    .innerJoin(dispatchRounds, eq(dispatchRounds.id, offers.roundId))
    .groupBy(dispatchRounds.careRequestId);
  return new Map(rows.map((row) => [row.careRequestId, row.n]));
}

async function snapshot(db: Db): Promise<Snapshot> {
  const requests = await db.select().from(careRequests);
  const batches = await db.select({ id: careRequestBatches.id, patientId: careRequestBatches.patientId }).from(careRequestBatches);
  const rounds = await db.select({ careRequestId: dispatchRounds.careRequestId, id: dispatchRounds.id }).from(dispatchRounds);
  return {
    requests,
    batches,
    offerCounts: await offerCountsByRequest(db),
    rounds,
    jobs: await db.select().from(jobs),
    outbox: await db.select().from(notifications),
  };
}

/** Whether the job that writes the offer messages of this round has yet to run. */
function offerMessagesPending(s: Snapshot, roundId: string | undefined): boolean {
  return s.jobs.some((j) => j.key === `notify-offers:${roundId ?? ''}:start` && j.doneAt === null);
}

/** What is wrong with a request that should be there whole (one round, its offers, its deadline job, its offer SMS or the job writing them). */
function problemsOf(s: Snapshot, requestId: string, offeredCount: number | null): string[] {
  const request = s.requests.find((r) => r.id === requestId);
  if (!request) return ['missing'];
  const problems: string[] = [];
  const offered = s.offerCounts.get(requestId) ?? 0;
  if (request.status !== 'dispatching' && request.status !== 'unanswered') problems.push(`status ${request.status}`);
  if (offered === 0) problems.push('no offer');
  if (offeredCount !== null && offered !== offeredCount) problems.push(`${offered} offers, 201 said ${offeredCount}`);
  const rounds = s.rounds.filter((r) => r.careRequestId === requestId);
  if (rounds.length !== 1) problems.push(`${rounds.length} rounds`);
  if (!s.jobs.some((j) => j.key === `deadline:${rounds[0]?.id ?? ''}`)) problems.push('no deadline job');
  // The offer messages are written by a job right after the commit: the rows, or the job still to run.
  const sms = s.outbox.filter((n) => n.careRequestId === requestId && n.channel === 'sms' && n.kind === 'offer').length;
  if (sms !== offered && !offerMessagesPending(s, rounds[0]?.id)) problems.push(`${sms} offer SMS for ${offered} offers`);
  return problems;
}

/**
 * Runs the scenario; `dispose()` (idempotent, for afterAll) kills whatever
 * still runs and removes the scratch database, even after a failure.
 */
export function crashScenario(options: CrashOptions) {
  const log = options.log ?? (() => undefined);
  const servers: ServerProcess[] = [];
  let gateway: FakeSmsGateway | null = null;
  let scratch: Scratch | null = null;
  let disposed = false;

  const dispose = async (): Promise<void> => {
    if (disposed) return;
    disposed = true;
    for (const server of servers) {
      server.kill('SIGKILL');
      await server.exited;
    }
    await gateway?.close();
    await scratch?.dispose();
  };

  const run = async (): Promise<CrashReport> => {
    let phase: GatewayHit['phase'] = 'before';
    const hits: GatewayHit[] = [];
    gateway = await startFakeSmsGateway((request) => {
      const body = JSON.parse(request.body || '{}') as { recipient?: string; content?: string };
      const messageId = hits.length + 1;
      hits.push({ at: Date.now(), phase, messageId, recipient: body.recipient ?? '', content: body.content ?? '' });
      return json({ messageId }, 201);
    });
    scratch = await scratchDatabase(options);
    const db = scratch;
    const env = {
      NODE_ENV: 'test',
      DEMO: '1',
      LOG_LEVEL: 'warn',
      JOBS_POLL_MS: String(options.jobsPollMs ?? 200),
      SMS_PROVIDER: 'brevo',
      BREVO_API_KEY: 'xkeysib-crash-test',
      BREVO_URL: gateway.url,
      // Stable across restarts: the fiche links in the SMS, and the CSRF tokens of the signed-in client.
      PUBLIC_URL: 'http://declic.test',
      SESSION_SECRET: 'crash-test-session-secret-0123456789abcdef',
      ...scratch.env,
    };

    // 1. First run: demo data, patients, the 10-minute request.
    log(`starting the server (${options.driver})`);
    const first = await startServer(env);
    servers.push(first);
    const gp = await httpLogin(first.url, DEMO_GP, DEMO_PASSWORD);
    const suggestions = (await gp.get(`/api/addresses?q=${encodeURIComponent('12 rue de la Paix Evry')}`)).json<{ suggestions: Record<string, unknown>[] }>().suggestions;
    const found = suggestions[0];
    if (!found) throw new Error('no address suggestion for 12 rue de la Paix Evry');
    const { label, address, postcode, city, inseeCode, lat, lng, territory } = found;
    const home = { label, address, postcode, city, inseeCode, lat, lng, territory };
    const patientIds = await mapLimit(Array.from({ length: options.requests + 1 }), 8, async () => {
      const res = await gp.post('/api/patients', patientInput({ lastName: uniqueName('Crash'), address: home }));
      if (res.status !== 201) throw new Error(`POST /api/patients: ${res.status} ${res.body}`);
      return res.json<{ patient: { id: string } }>().patient.id;
    });
    const startOn = demoTuesday();
    const deadlinePatient = patientIds.pop() ?? '';
    const deadlineRes = await gp.post('/api/care-request-batches', { patientId: deadlinePatient, requests: [nurseBlock(startOn, 10)] });
    if (deadlineRes.status !== 201) throw new Error(`the 10-minute request: ${deadlineRes.status} ${deadlineRes.body}`);
    const deadlineRequest = deadlineRes.json<{ batch: { requests: { id: string; number: number; offeredCount: number }[] } }>().batch.requests[0];
    if (!deadlineRequest || deadlineRequest.offeredCount === 0) throw new Error(`the 10-minute request found nobody: ${deadlineRes.body}`);
    log(`${patientIds.length} patients; request #${deadlineRequest.number} with a 10-minute deadline offered to ${deadlineRequest.offeredCount}`);

    // 2. The storm, and SIGKILL in its middle.
    const posts: Post[] = patientIds.map((patientId, index) => ({ index, patientId, outcome: null }));
    let committed = 0;
    let killAt = 0;
    const stormStart = Date.now();
    const kill = () => {
      if (killAt) return;
      killAt = Date.now();
      first.kill('SIGKILL');
    };
    const fire = async (post: Post): Promise<void> => {
      try {
        const res = await gp.post('/api/care-request-batches', { patientId: post.patientId, requests: [nurseBlock(startOn, 120)] });
        if (res.status === 201) {
          const request = res.json<{ batch: { requests: { id: string; number: number; offeredCount: number }[] } }>().batch.requests[0];
          post.outcome = { kind: 'committed', requestId: request?.id ?? '', number: request?.number ?? 0, offeredCount: request?.offeredCount ?? -1 };
          if (++committed >= options.killAfterCommitted) kill();
        } else post.outcome = { kind: 'status', status: res.status, body: res.body.slice(0, 300) };
      } catch (error) {
        post.outcome = failureOf(error);
      }
    };
    const waves: Promise<void>[] = [];
    for (let start = 0; start < posts.length; start += options.waveSize) {
      waves.push(...posts.slice(start, start + options.waveSize).map(fire));
      await sleep(options.waveIntervalMs);
    }
    await Promise.all(waves);
    kill();
    const killed = await first.exited;
    phase = 'down';
    const count = (kind: PostOutcome['kind']) => posts.filter((p) => p.outcome?.kind === kind).length;
    log(`killed (${killed.signal}) after ${killAt - stormStart} ms: ${count('committed')} committed, ${count('broken')} broken, ${count('refused')} refused`);

    // 3. Server down: what the dead process left; the deadline passes; the leases end.
    const before = await db.withDb(async (d) => {
      const s = await snapshot(d);
      const now = new Date();
      const leased = s.outbox.filter((n) => n.status === 'pending' && n.lockedUntil !== null && n.lockedUntil > now);
      let leasesExpired = 0;
      if (options.expireLeases) {
        leasesExpired = (await d.update(notifications).set({ lockedUntil: now }).where(and(eq(notifications.status, 'pending'), gt(notifications.lockedUntil, now))).returning({ id: notifications.id })).length;
        await d.update(jobs).set({ lockedUntil: now }).where(and(isNull(jobs.doneAt), gt(jobs.lockedUntil, now)));
      }
      // As if the 10 minutes had passed while the server was down.
      const past = new Date(now.getTime() - 60_000);
      await d.update(dispatchRounds).set({ deadlineAt: past }).where(eq(dispatchRounds.careRequestId, deadlineRequest.id));
      await d
        .update(jobs)
        .set({ runAt: past, lockedUntil: null })
        .where(and(isNull(jobs.doneAt), sql`${jobs.payload}->>'careRequestId' = ${deadlineRequest.id}`));
      return { s, leased, leasesExpired };
    });
    const s = before.s;
    const committedProblems: string[] = [];
    const partial: string[] = [];
    let committedUnacknowledged = 0;
    const accounted = new Set<string>([deadlineRequest.id]);
    for (const post of posts) {
      const batches = s.batches.filter((b) => b.patientId === post.patientId);
      const requests = s.requests.filter((r) => r.patientId === post.patientId);
      requests.forEach((r) => accounted.add(r.id));
      if (batches.length > 1 || requests.length > 1) partial.push(`patient ${post.index}: ${batches.length} batches, ${requests.length} requests`);
      const outcome = post.outcome;
      if (outcome?.kind === 'committed') {
        const problems = problemsOf(s, outcome.requestId, outcome.offeredCount);
        if (problems.length > 0) committedProblems.push(`#${outcome.number} (POST ${post.index}): ${problems.join(', ')}`);
      } else if (requests.length === 0 && batches.length === 0) {
        // Rolled back (or never reached the server): nothing left, as promised.
      } else if (requests.length === 1 && batches.length === 1 && requests[0] && problemsOf(s, requests[0].id, null).length === 0) {
        committedUnacknowledged++;
      } else {
        partial.push(`patient ${post.index} (${post.outcome?.kind}): ${batches.length} batches, ${requests.length} requests ${requests.map((r) => problemsOf(s, r.id, null).join('/')).join(' ')}`);
      }
    }
    const smsBefore = s.outbox.filter((n) => n.channel === 'sms');
    const pendingBefore = new Set(s.outbox.filter((n) => n.status === 'pending').map((n) => n.id));
    const leasedIds = new Set(before.leased.map((n) => n.id));
    // Requests whose offer SMS are still to be written by their job: one SMS per offer after the restart.
    const unwritten = s.requests.filter((r) => offerMessagesPending(s, s.rounds.find((round) => round.careRequestId === r.id)?.id));
    const smsToWrite = unwritten.reduce((n, r) => n + (s.offerCounts.get(r.id) ?? 0), 0);
    log(`down: ${committedProblems.length} committed with problems, ${partial.length} partial, ${committedUnacknowledged} committed without their 201; ${pendingBefore.size} pending rows, ${leasedIds.size} leased; ${unwritten.length} requests with their offer messages to write`);

    // 4. Restart on the same database.
    phase = 'after';
    const spawnedAt = Date.now();
    const second = await startServer(env);
    servers.push(second);
    const readyAt = Date.now();
    log(`restarted in ${readyAt - spawnedAt} ms`);
    const gpAgain: HttpClient = await httpLogin(second.url, DEMO_GP, DEMO_PASSWORD);
    const pendingSms = smsBefore.filter((n) => n.status === 'pending');
    const receivedAfter = () => {
      const seen = new Set(hits.filter((h) => h.phase === 'after').map((h) => `${h.recipient}|${h.content}`));
      return pendingSms.every((n) => seen.has(`${n.recipient.replace(/^\+/, '')}|${n.body}`)) && seen.size >= pendingSms.length + smsToWrite;
    };
    let deadlineSeenAt: number | null = null;
    let deadlineTimeline = false;
    let drainedAt: number | null = null;
    let deadlineTold = false;
    const limit = readyAt + options.drainTimeoutMs;
    while (Date.now() < limit && (deadlineSeenAt === null || drainedAt === null)) {
      if (deadlineSeenAt === null) {
        const view = (await gpAgain.get(`/api/care-requests/${deadlineRequest.id}`)).json<{ careRequest?: { status: string; timeline: { text: string }[] } }>().careRequest;
        if (view?.status === 'unanswered') {
          deadlineSeenAt = Date.now();
          deadlineTimeline = view.timeline.some((line) => line.text.includes('Aucune ressource disponible'));
        }
      }
      if (deadlineSeenAt !== null && drainedAt === null) {
        if (db.shared) {
          const [row] = await db.withDb((d) => d.select({ n: sql<number>`count(*)::int` }).from(notifications).where(eq(notifications.status, 'pending')));
          const [job] = await db.withDb((d) => d.select({ n: sql<number>`count(*)::int` }).from(jobs).where(and(isNull(jobs.doneAt), like(jobs.key, 'notify-offers:%'))));
          if (Number(row?.n) === 0 && Number(job?.n) === 0) drainedAt = Date.now();
        } else {
          // The demo outbox lists the latest messages: the deadline's e-mail is looked for until seen once.
          const outbox = (await gpAgain.get('/api/dev/outbox')).json<{ messages: { subject: string | null }[] }>().messages;
          deadlineTold ||= outbox.some((m) => m.subject === `Aucune ressource disponible — demande #${deadlineRequest.number}`);
          if (deadlineTold && receivedAfter()) drainedAt = Date.now();
        }
      }
      if (deadlineSeenAt === null || drainedAt === null) await sleep(100);
    }
    log(`deadline ${deadlineSeenAt ? `seen after ${deadlineSeenAt - readyAt} ms` : 'NOT fired'}; outbox ${drainedAt ? `drained after ${drainedAt - readyAt} ms` : 'NOT drained'}`);
    const stopped = await stopServer(second);

    // 5. After a graceful stop: the outbox, and every SMS the gateway got, row by row.
    const after = await db.withDb(async (d) => {
      const outbox = await d.select().from(notifications);
      const noResource = await d.select().from(timelineEvents).where(and(eq(timelineEvents.careRequestId, deadlineRequest.id), eq(timelineEvents.kind, 'no_resource')));
      const requests = await d.select({ id: careRequests.id }).from(careRequests).where(inArray(careRequests.id, [...accounted]));
      return { outbox, noResource, requests, offerCounts: await offerCountsByRequest(d) };
    });
    const stormIds = posts.flatMap((p) => (p.outcome?.kind === 'committed' ? [p.outcome.requestId] : []));
    const offersWithoutSms = stormIds.flatMap((id) => {
      const offered = after.offerCounts.get(id) ?? 0;
      const sent = after.outbox.filter((n) => n.careRequestId === id && n.channel === 'sms' && n.kind === 'offer').length;
      return sent === offered ? [] : [`${id}: ${sent} offer SMS for ${offered} offers`];
    });
    const committedIds = new Set([deadlineRequest.id, ...stormIds]);
    const present = new Set(after.requests.map((r) => r.id));
    const sms = after.outbox.filter((n) => n.channel === 'sms');
    const hitsOf = new Map<string, GatewayHit[]>();
    for (const hit of hits) hitsOf.set(`${hit.recipient}|${hit.content}`, [...(hitsOf.get(`${hit.recipient}|${hit.content}`) ?? []), hit]);
    const smsNeverReceived: string[] = [];
    const providerIdMismatch: string[] = [];
    const duplicates: DuplicateSms[] = [];
    let matched = 0;
    for (const row of sms) {
      const mine = hitsOf.get(`${row.recipient.replace(/^\+/, '')}|${row.body}`) ?? [];
      matched += mine.length;
      if (mine.length === 0) {
        smsNeverReceived.push(`${row.key} (${row.status})`);
        continue;
      }
      const accepted = mine.find((h) => String(h.messageId) === row.providerId);
      if (!accepted) providerIdMismatch.push(`${row.key}: provider_id ${row.providerId}, hits ${mine.map((h) => h.messageId).join(',')}`);
      if (mine.length === 1) continue;
      const others = mine.filter((h) => h !== accepted);
      const sentAt = row.sentAt?.getTime() ?? Infinity;
      const afterMarked = others.filter((h) => h.at > sentAt);
      const byLiveProcess = others.filter((h) => h.phase === 'after');
      const wasSentAtKill = smsBefore.find((n) => n.id === row.id)?.status === 'sent';
      const violation = afterMarked.length > 0 || byLiveProcess.length > 0 || wasSentAtKill;
      duplicates.push({
        key: row.key,
        hits: mine.length,
        attempts: row.attempts,
        providerId: row.providerId,
        violation,
        cause: violation
          ? `sent again after being marked sent or by a live process (${mine.map((h) => `${h.phase}#${h.messageId}@${h.at - killAt}ms`).join(', ')}; sent_at ${sentAt - killAt} ms after the kill)`
          : `sent by the killed process ${others.map((h) => `${killAt - h.at} ms before the kill`).join(', ')} but not marked sent (status at the kill: pending, leased ${leasedIds.has(row.id) ? 'yes' : 'no'}); resent after the restart, attempt ${row.attempts}`,
      });
    }
    const unleasedPending = after.outbox.filter((n) => pendingBefore.has(n.id) && !leasedIds.has(n.id) && n.sentAt);
    const lastUnleased = unleasedPending.reduce((max, n) => Math.max(max, n.sentAt?.getTime() ?? 0), 0);
    const noResourceAt = after.noResource[0]?.at.getTime() ?? null;
    return {
      driver: options.driver,
      posts: {
        total: posts.length,
        committed: count('committed'),
        broken: count('broken'),
        refused: count('refused'),
        otherStatus: posts.flatMap((p) => (p.outcome?.kind === 'status' ? [`${p.outcome.status} ${p.outcome.body}`] : p.outcome === null ? ['no outcome'] : [])),
        stormMs: killAt - stormStart,
      },
      afterKill: {
        committedProblems,
        committedUnacknowledged,
        partial,
        strayRequests: s.requests.filter((r) => !accounted.has(r.id)).length,
        smsRows: smsBefore.length,
        offerMessagesPending: unwritten.length,
        smsSentBeforeKill: smsBefore.filter((n) => n.status === 'sent').length,
        pendingRows: pendingBefore.size,
        leasedRows: leasedIds.size,
        leasesExpired: before.leasesExpired,
      },
      restart: {
        startMs: readyAt - spawnedAt,
        drainMs: drainedAt === null ? null : drainedAt - readyAt,
        unleasedDeliveredMs: lastUnleased ? lastUnleased - readyAt : null,
        deadlineFired: deadlineSeenAt !== null,
        deadlineDelayMs: noResourceAt === null ? null : noResourceAt - readyAt,
        deadlineTimeline,
        stopCode: stopped.code,
      },
      final: {
        pendingRows: after.outbox.filter((n) => n.status === 'pending').length,
        smsNotSent: sms.filter((n) => n.careRequestId !== null && committedIds.has(n.careRequestId) && n.status !== 'sent').map((n) => `${n.key}: ${n.status} ${n.lastError ?? ''}`),
        smsRows: sms.length,
        gatewayHits: hits.length,
        smsNeverReceived,
        providerIdMismatch,
        duplicates,
        unmatchedHits: hits.length - matched,
        committedMissing: [...committedIds].filter((id) => !present.has(id)),
        offersWithoutSms,
      },
      output: servers.map((server, i) => `--- server ${i + 1} ---\n${server.output()}`).join('\n'),
    };
  };

  return { run, dispose };
}
