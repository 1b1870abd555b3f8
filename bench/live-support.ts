/**
 * What the live benchmarks (bench/fanout.ts, bench/race.ts) share: a scratch
 * PostgreSQL database, app instances started as child processes
 * (bench/live-app-child.ts, composeApp as main.ts does) on it, nurses and a GP
 * inserted with sessions, a small HTTP client and a cheap Server-Sent Events
 * client for thousands of streams.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { argon2Hasher } from '../src/adapters/crypto/argon2-hasher.js';
import type { Db } from '../src/adapters/db/client.js';
import { organisations, sessions, users } from '../src/adapters/db/schema.js';
import { seededRandom } from '../src/adapters/db/seed/random.js';
import { hashToken, randomToken } from '../src/app/auth/tokens.js';
import { requestBlock } from '../test/support/care-requests.js';

export const SESSION_SECRET = 'bench-live-session-secret-0123456789abcdef';
const PASSWORD = 'mot-de-passe-du-banc';

/** The patients' home (Évry-Courcouronnes) and the centre of the nurses' practices. */
export const EVRY = { lat: 48.6243, lng: 2.4297 };

export const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
export const ms = (value: number): string => `${value.toFixed(1)} ms`;
export const sortNumbers = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);
export const sleep = (millis: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, millis));

/** p50 / p95 (/ p99) / max of samples. */
export function spread(samples: readonly number[], ps: readonly number[] = [50, 95]): string {
  const sorted = sortNumbers(samples);
  return [...ps.map((p) => `p${p} ${ms(percentile(sorted, p))}`), `max ${ms(sorted.at(-1) ?? NaN)}`].join(' · ');
}

/** Creates a scratch database on the server, runs `work` with its URL, drops it. */
export async function withScratchDatabase<T>(serverUrl: string, prefix: string, work: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const name = `${prefix}_${process.pid}`;
  try {
    await admin.query(`create database ${name}`);
    return await work(Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** A child process listening on 127.0.0.1: its port, and a way to stop it. */
export interface Instance {
  readonly port: number;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts a bench child (`tsx script args`), which prints `{"port": N}` once listening. */
export async function startChild(script: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const lines = createInterface({ input: child.stdout ?? process.stdin });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before listening`)));
    lines.once('line', (line) => {
      const parsed = JSON.parse(line) as { port?: number };
      if (typeof parsed.port === 'number') resolve(parsed.port);
      else reject(new Error(`${script}: unexpected first line ${line}`));
    });
  });
  return {
    port,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Two app instances (or `count`) on one database: compose, LISTEN, Fastify on 127.0.0.1, jobs run but no delivery (bench/live-app-child.ts), silent; `extraEnv` adds to their environment. */
export async function startApps(databaseUrl: string, count: number, extraEnv: NodeJS.ProcessEnv = {}): Promise<Instance[]> {
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    SESSION_SECRET,
    COOKIE_SECURE: '0',
    DEMO: '0',
    GEOCODER: 'offline',
    LOG_LEVEL: 'silent',
    JOBS_POLL_MS: '0',
    HOST: '127.0.0.1',
    PORT: '0',
    ...extraEnv,
  };
  // One after the other: the first applies the migrations check under its advisory lock.
  const apps: Instance[] = [];
  for (let i = 0; i < count; i++) apps.push(await startChild('bench/live-app-child.ts', [], env));
  return apps;
}

// ---------------------------------------------------------------- HTTP client

/** Sockets for the API calls (the SSE streams have their own agent). */
export const apiAgent = new http.Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 4096 });

export interface Reply {
  readonly status: number;
  readonly body: string;
  readonly setCookies: readonly string[];
}

export function call(port: number, method: string, path: string, options: { cookie?: string; csrf?: string; body?: unknown; agent?: http.Agent } = {}): Promise<Reply> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: options.agent ?? apiAgent,
        headers: {
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.csrf ? { 'x-csrf-token': options.csrf } : {}),
          ...(payload !== undefined ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), setCookies: res.headers['set-cookie'] ?? [] }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** A signed-in browser: its session cookie and the CSRF token bound to it. */
export interface Browser {
  readonly userId: string;
  readonly cookie: string;
  csrf: string;
}

/** `GET /api/session` with the cookie: the CSRF token bound to the session (and a check that the session resolves). */
export async function csrfOf(port: number, cookie: string): Promise<string> {
  const res = await call(port, 'GET', '/api/session', { cookie });
  const body = JSON.parse(res.body) as { user: { id: string } | null; csrfToken: string };
  if (res.status !== 200 || !body.user) throw new Error(`session not resolved: ${res.status} ${res.body}`);
  return body.csrfToken;
}

/** Signs in through the API as a browser does: GET /api/session (anonymous cookie + CSRF), POST /api/auth/login. */
export async function login(port: number, userId: string, email: string): Promise<Browser> {
  const anon = await call(port, 'GET', '/api/session');
  const anonCookie = anon.setCookies.map((c) => c.split(';')[0]).join('; ');
  const csrf = (JSON.parse(anon.body) as { csrfToken: string }).csrfToken;
  const res = await call(port, 'POST', '/api/auth/login', { cookie: anonCookie, csrf, body: { identifiant: email, password: PASSWORD } });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.body}`);
  const session = res.setCookies.find((c) => c.startsWith('declic_session='))?.split(';')[0];
  if (!session) throw new Error('no session cookie');
  return { userId, cookie: session, csrf: (JSON.parse(res.body) as { csrfToken: string }).csrfToken };
}

// ---------------------------------------------------------------- data

/** Ids and session cookies of the inserted users. */
export interface Population {
  readonly gp: { readonly id: string; readonly email: string; readonly organisationId: string };
  readonly nurses: readonly { readonly id: string; readonly cookie: string }[];
  readonly description: string;
}

/**
 * One GP with an organisation, practising in Évry, and `count` nurses placed
 * uniformly within 4 km of the patient's home (seeded), radius 10 km, the acts
 * and modes the request asks, no weekly hours (always available), a mobile
 * phone and an e-mail (each offer enqueues an SMS and an e-mail), no push
 * device. One argon2id hash for every account. Each nurse gets a session row,
 * as a login writes it (SHA-256 of a random token), so that 2 000 argon2
 * verifications are not part of the set-up; the GP signs in through the API.
 */
export async function insertPopulation(db: Db, count: number, seed: number): Promise<Population> {
  const random = seededRandom(seed);
  const passwordHash = await argon2Hasher.hash(PASSWORD);
  const [organisation] = await db.insert(organisations).values({ name: 'Cabinet du banc', kind: 'cabinet', phone: '+33160000000' }).returning();
  if (!organisation) throw new Error('organisation not inserted');
  const gpEmail = 'medecin@banc.declic';
  const [gp] = await db
    .insert(users)
    .values({
      email: gpEmail,
      firstName: 'Claire',
      lastName: 'MEDECIN',
      profession: 'medecin_generaliste',
      mobilePhone: '+33611111111',
      organisationId: organisation.id,
      passwordHash,
      practiceLat: EVRY.lat,
      practiceLng: EVRY.lng,
      careActs: ['consultation', 'visite'],
      careModes: ['visite', 'consultation'],
    })
    .returning({ id: users.id });
  if (!gp) throw new Error('GP not inserted');
  const kmPerDegLat = 111.2;
  const kmPerDegLng = 111.2 * Math.cos((EVRY.lat * Math.PI) / 180);
  const rows = Array.from({ length: count }, (_, i) => {
    const r = 4 * Math.sqrt(random.next());
    const a = 2 * Math.PI * random.next();
    return {
      email: `infirmier-${i}@banc.declic`,
      firstName: 'Camille',
      lastName: `INFIRMIER${i}`,
      profession: 'infirmier' as const,
      mobilePhone: `+3367${String(i).padStart(7, '0')}`,
      passwordHash,
      practiceLat: EVRY.lat + (r * Math.sin(a)) / kmPerDegLat,
      practiceLng: EVRY.lng + (r * Math.cos(a)) / kmPerDegLng,
      serviceRadiusKm: 10,
      careActs: ['bilan_sang', 'pansement', 'injection'],
      careModes: ['visite', 'consultation', 'visio'],
    };
  });
  const nurses: { id: string; cookie: string }[] = [];
  const now = new Date();
  const expiresAt = new Date(now.getTime() + 11 * 3_600_000);
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await db.insert(users).values(rows.slice(i, i + 500)).returning({ id: users.id });
    const tokens = inserted.map((row) => ({ id: row.id, token: randomToken() }));
    await db.insert(sessions).values(tokens.map(({ id, token }) => ({ tokenHash: hashToken(token), userId: id, createdAt: now, lastSeenAt: now, expiresAt })));
    nurses.push(...tokens.map(({ id, token }) => ({ id, cookie: `declic_session=${token}` })));
  }
  await db.execute(sql`analyze`);
  return {
    gp: { id: gp.id, email: gpEmail, organisationId: organisation.id },
    nurses,
    description:
      `${count.toLocaleString('fr-FR')} nurses within 4 km of one patient's home in Évry-Courcouronnes (seed ${seed}), radius 10 km, ` +
      `acts and modes matching, no weekly hours, SMS + e-mail channels, one session each; one GP requester`,
  };
}

let patientSerial = 0;

/** A new patient of the GP (POST /api/patients), at the Évry address; unique name and phone. */
export async function createPatient(port: number, gp: Browser): Promise<string> {
  patientSerial++;
  const letters = [...String(patientSerial).padStart(4, '0')].map((d) => String.fromCharCode(97 + Number(d))).join('');
  const res = await call(port, 'POST', '/api/patients', {
    cookie: gp.cookie,
    csrf: gp.csrf,
    body: {
      phone: `0612${String(process.pid % 1000).padStart(3, '0')}${String(patientSerial).padStart(3, '0')}`,
      lastName: `Banc${letters}`,
      firstName: 'Jeanne',
      sex: 'F',
      birthDate: '1950-01-01',
      address: {
        label: '12 Rue de la Paix 91000 Évry-Courcouronnes',
        address: '12 Rue de la Paix',
        postcode: '91000',
        city: 'Évry-Courcouronnes',
        inseeCode: '91228',
        lat: EVRY.lat,
        lng: EVRY.lng,
        territory: 'metropole',
      },
    },
  });
  if (res.status !== 201) throw new Error(`patient not created: ${res.status} ${res.body}`);
  return (JSON.parse(res.body) as { patient: { id: string } }).patient.id;
}

/** One nurse request (bilan sanguin at home, within a day, 2 h to answer) for the patient. */
export const nurseRequest = (patientId: string) => ({ patientId, requests: [requestBlock()] });

/** POST /api/care-request-batches; answers the request's id and the number of offers. */
export async function trigger(port: number, gp: Browser, patientId: string): Promise<{ id: string; offeredCount: number }> {
  const res = await call(port, 'POST', '/api/care-request-batches', { cookie: gp.cookie, csrf: gp.csrf, body: nurseRequest(patientId) });
  if (res.status !== 201) throw new Error(`trigger failed: ${res.status} ${res.body}`);
  const request = (JSON.parse(res.body) as { batch: { requests: { id: string; offeredCount: number }[] } }).batch.requests[0];
  if (!request) throw new Error('no request in the batch');
  return request;
}

// ---------------------------------------------------------------- SSE client

interface Arrivals {
  count: number;
  first: number;
  last: number;
  waiter: { expected: number; resolve: () => void } | null;
}

/**
 * Many Server-Sent Events streams read by one cheap client: each `data` chunk
 * is scanned for complete blocks; an `event: offer` block's care request id
 * is counted with the arrival time (performance.now() in the `data` handler).
 */
export class SseFleet {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  private readonly requests: http.ClientRequest[] = [];
  private readonly arrivals = new Map<string, Arrivals>();
  private readonly event: string;
  /** Streams closed by the server or failed. */
  lost = 0;
  /** Called on each stream's event, with the stream's port and cookie (the client's reaction, as a page refetching). */
  onEvent: ((id: string, port: number, cookie: string) => void) | null = null;

  constructor(event = 'offer') {
    this.event = `event: ${event}\ndata: {"careRequestId":"`;
  }

  get size(): number {
    return this.requests.length;
  }

  private arrived(id: string, at: number): void {
    let entry = this.arrivals.get(id);
    if (!entry) {
      entry = { count: 0, first: at, last: at, waiter: null };
      this.arrivals.set(id, entry);
    }
    if (entry.count === 0) entry.first = at;
    entry.count++;
    entry.last = at;
    if (entry.waiter && entry.count >= entry.waiter.expected) entry.waiter.resolve();
  }

  /** Opens one stream; resolves once its `retry:` line (sent after the server subscribed it) is read. */
  open(port: number, cookie: string, path = '/api/events'): Promise<void> {
    return new Promise((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path, agent: this.agent, headers: { cookie, accept: 'text/event-stream' } }, (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`stream refused: ${res.statusCode}`));
          res.resume();
          return;
        }
        res.setEncoding('latin1');
        let buffer = '';
        let opened = false;
        res.on('data', (chunk: string) => {
          const at = performance.now();
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (block.startsWith(this.event)) {
              const id = block.slice(this.event.length, block.indexOf('"', this.event.length));
              this.arrived(id, at);
              this.onEvent?.(id, port, cookie);
            }
            else if (!opened && block.startsWith('retry:')) {
              opened = true;
              resolve();
            }
            end = buffer.indexOf('\n\n');
          }
        });
        res.on('close', () => {
          this.lost++;
        });
      });
      req.on('error', reject);
      this.requests.push(req);
    });
  }

  /** Opens streams `batch` at a time (the listen backlog is 511). */
  async openAll(targets: readonly { port: number; cookie: string }[], batch = 200): Promise<void> {
    for (let i = 0; i < targets.length; i += batch) {
      await Promise.all(targets.slice(i, i + batch).map((t) => this.open(t.port, t.cookie)));
    }
  }

  /** Resolves with { first, last } arrival times once `expected` streams got the event for `id`. */
  async waitFor(id: string, expected: number, timeoutMs = 30_000): Promise<{ first: number; last: number; count: number }> {
    let entry = this.arrivals.get(id);
    if (!entry) {
      entry = { count: 0, first: NaN, last: NaN, waiter: null };
      this.arrivals.set(id, entry);
    }
    const e = entry;
    if (e.count < expected) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => {
          e.waiter = { expected, resolve };
        }),
        new Promise<void>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`only ${e.count} of ${expected} streams got ${id} in ${timeoutMs} ms`)), timeoutMs);
        }),
      ]).finally(() => clearTimeout(timer));
    }
    // The entry may have been created empty by waitFor before the first arrival.
    if (Number.isNaN(e.first)) throw new Error('no arrival');
    return { first: e.first, last: e.last, count: e.count };
  }

  /** Forgets an id's arrivals (memory). */
  forget(id: string): void {
    this.arrivals.delete(id);
  }

  close(): void {
    for (const req of this.requests) req.destroy();
    this.agent.destroy();
  }
}

/** How often the job's completion is polled. */
const JOB_POLL_MS = 5;

/**
 * Reads the jobs table every JOB_POLL_MS until the job writing the offer
 * messages of the request's first round (`notify-offers:<round>:start`) is
 * done; answers when it was seen done and the outbox rows of the request.
 */
export async function offerMessagesWritten(pool: pg.Pool, careRequestId: string, timeoutMs = 30_000): Promise<{ at: number; rows: number }> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const job = await pool.query<{ done: boolean }>(
      `select done_at is not null as done from jobs
      where key = 'notify-offers:' || (select id from dispatch_rounds where care_request_id = $1 and number = 1) || ':start'`,
      [careRequestId],
    );
    const at = performance.now();
    if (job.rows[0]?.done) {
      const outbox = await pool.query<{ n: string }>('select count(*) as n from notifications where care_request_id = $1', [careRequestId]);
      return { at, rows: Number(outbox.rows[0]?.n ?? 0) };
    }
    if (at > deadline) throw new Error(`the offer messages of ${careRequestId} were not written in ${timeoutMs} ms`);
    await sleep(JOB_POLL_MS);
  }
}
