/**
 * Bench-only instruments for the fan-out (no server code changes):
 *
 * - `timedStores`: the care-requests stores with every call timed, to see
 *   where a déclenchement's transaction spends its time;
 * - `batchedStores`: what a proposed server change would do, simulated around
 *   the unchanged use cases — `notifyOffers` enqueues one offer at a time
 *   (one `reachOf` = 2 queries, and one outbox INSERT, per professional), and
 *   the live publisher sends one `pg_notify` per 150 ids, each a round trip;
 *   here the users' reach is read once for all the offers of the round, the
 *   outbox rows are kept and written by multi-row INSERTs at the end of the
 *   transaction, and every NOTIFY of an event goes in one statement. Same rows,
 *   same payloads, same transaction.
 * - `deferred` (further proposal): as `batched`, plus the offers written by one
 *   `INSERT … SELECT FROM unnest(arrays)` (3 parameters instead of 6 a row,
 *   no per-row query building) and the outbox rows written after COMMIT, in
 *   a statement of their own (`unnest` too) — standing for one job row
 *   "notify the offers of round R" expanded by the worker, off the path to the
 *   live event. Pessimistic: the use case still builds every message's text
 *   inside the transaction, and the deferred write starts at once, competing
 *   with the delivery of the events it follows.
 * - `benchTransactor`: a transactor over these, switchable at run time.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/adapters/db/client.js';
import { careRequestsStores } from '../src/adapters/care-requests.js';
import { LIVE_CHANNEL, type LiveWire } from '../src/adapters/db/stores/live.js';
import type { CareRequestsStores, CareRequestsTransactor } from '../src/app/care-requests/ports.js';
import type { OutgoingNotification, UserReach } from '../src/app/notifications/ports.js';

/** As src/adapters/db/stores/live.ts. */
const IDS_PER_NOTIFY = 150;
/** Outbox rows per INSERT (12 parameters a row, under PostgreSQL's 65 535). */
const ROWS_PER_INSERT = 2000;

/** Time and calls per `store.method`. */
export class Tally {
  readonly entries = new Map<string, { ms: number; calls: number }>();
  add(name: string, ms: number): void {
    const entry = this.entries.get(name) ?? { ms: 0, calls: 0 };
    entry.ms += ms;
    entry.calls++;
    this.entries.set(name, entry);
  }
}

type AnyFn = (...args: unknown[]) => unknown;

/** The stores with each method call timed into `tally` (awaited: the callers await them all). */
export function timedStores(stores: CareRequestsStores, tally: Tally): CareRequestsStores {
  const wrapped = Object.entries(stores).map(([name, store]) => {
    const methods = Object.entries(store as Record<string, unknown>).map(([method, fn]) => {
      if (typeof fn !== 'function') return [method, fn];
      const timed = async (...args: unknown[]) => {
        const start = performance.now();
        try {
          return await (fn as AnyFn)(...args);
        } finally {
          tally.add(`${name}.${method}`, performance.now() - start);
        }
      };
      return [method, timed];
    });
    return [name, Object.fromEntries(methods)];
  });
  return Object.fromEntries(wrapped) as CareRequestsStores;
}

/** The proposed batching, around `base` (stores bound to the transaction `tx`); `flush` before the transaction ends. */
export function batchedStores(
  base: CareRequestsStores,
  tx: Db,
  tally: Tally | null,
  deferred = false,
): { stores: CareRequestsStores; flush: () => Promise<void>; outboxRows: () => { messages: OutgoingNotification[]; at: Date }[] } {
  const reach = new Map<string, UserReach>();
  const pending = new Map<number, OutgoingNotification[]>();
  const stores: CareRequestsStores = {
    ...base,
    offers: {
      ...base.offers,
      async insert(rows, careRequestId) {
        if (deferred && rows.length > 0) {
          const start = performance.now();
          const first = rows[0];
          await tx.execute(sql`
            insert into offers (care_request_id, round_id, offered_at, user_id, phase, distance_km)
            select ${careRequestId}::uuid, ${first?.roundId}::uuid, ${first?.offeredAt}::timestamptz, t.u, t.p, t.d
            from unnest(${sql.param(rows.map((r) => r.userId))}::uuid[], ${sql.param(rows.map((r) => r.phase))}::text[], ${sql.param(rows.map((r) => r.distanceKm))}::float8[]) as t(u, p, d)
            on conflict do nothing`);
          tally?.add('offers.insert (unnest)', performance.now() - start);
          if (rows.some((r) => r.roundId !== first?.roundId || r.offeredAt.getTime() !== first.offeredAt.getTime())) throw new Error('one round, one time expected');
        } else {
          await base.offers.insert(rows, careRequestId);
        }
        for (const user of await base.recipients.reachOf(rows.map((row) => row.userId))) reach.set(user.userId, user);
      },
    },
    recipients: {
      reachOf: async (userIds) => {
        const known = userIds.flatMap((id) => reach.get(id) ?? []);
        return known.length === userIds.length ? known : base.recipients.reachOf(userIds);
      },
    },
    outbox: {
      enqueue: async (messages, at) => {
        const list = pending.get(at.getTime()) ?? [];
        list.push(...messages);
        pending.set(at.getTime(), list);
      },
    },
    live: {
      async publish(event) {
        const userIds = [...new Set(event.userIds)];
        if (userIds.length === 0) return;
        const start = performance.now();
        const payloads: string[] = [];
        for (let i = 0; i < userIds.length; i += IDS_PER_NOTIFY) {
          const wire: LiveWire = { t: event.type, r: event.careRequestId, u: userIds.slice(i, i + IDS_PER_NOTIFY) };
          payloads.push(JSON.stringify(wire));
        }
        await tx.execute(sql`select pg_notify(${LIVE_CHANNEL}, v.p) from (values ${sql.join(payloads.map((p) => sql`(${p}::text)`), sql`, `)}) as v(p)`);
        tally?.add('live.publish', performance.now() - start);
      },
    },
  };
  const flush = async () => {
    for (const [at, messages] of pending) {
      for (let i = 0; i < messages.length; i += ROWS_PER_INSERT) await base.outbox.enqueue(messages.slice(i, i + ROWS_PER_INSERT), new Date(at));
    }
    pending.clear();
  };
  return { stores, flush, outboxRows: () => [...pending].map(([at, messages]) => ({ messages, at: new Date(at) })) };
}

/** The outbox rows of a committed transaction, by one `INSERT … SELECT FROM unnest(arrays)` per instant. */
async function writeOutbox(db: Db, batches: readonly { messages: OutgoingNotification[]; at: Date }[]): Promise<void> {
  for (const { messages: m, at } of batches) {
    const column = <K extends keyof OutgoingNotification>(key: K) => sql.param(m.map((row) => row[key]));
    await db.execute(sql`
      insert into notifications (key, user_id, channel, recipient, kind, care_request_id, subject, body, url, next_attempt_at, created_at)
      select t.key, t.user_id, t.channel, t.recipient, t.kind, t.care_request_id, t.subject, t.body, t.url, ${at}::timestamptz, ${at}::timestamptz
      from unnest(${column('key')}::text[], ${column('userId')}::uuid[], ${column('channel')}::text[], ${column('recipient')}::text[], ${column('kind')}::text[],
        ${column('careRequestId')}::uuid[], ${column('subject')}::text[], ${column('body')}::text[], ${column('url')}::text[])
        as t(key, user_id, channel, recipient, kind, care_request_id, subject, body, url)
      on conflict (key) do nothing`);
  }
}

export type Variant = 'as-is' | 'batched' | 'deferred';

/**
 * The care-requests transactor of the app (`createTransactor(db,
 * careRequestsStores)`) in `as-is` mode; the batching simulation in `batched`
 * mode. With a tally, the stores are timed and the transaction split into
 * work and BEGIN/COMMIT.
 */
export function benchTransactor(db: Db, mode: () => Variant, tally: () => Tally | null = () => null): CareRequestsTransactor {
  return {
    run: async (work) => {
      const t = tally();
      const started = performance.now();
      let workEnded = 0;
      let later: { messages: OutgoingNotification[]; at: Date }[] = [];
      const result = await db.transaction(async (tx) => {
        const workStarted = performance.now();
        t?.add('transaction: BEGIN', workStarted - started);
        const base = t ? timedStores(careRequestsStores(tx), t) : careRequestsStores(tx);
        let value;
        const variant = mode();
        if (variant === 'batched') {
          const { stores, flush } = batchedStores(base, tx, t);
          value = await work(stores);
          await flush();
        } else if (variant === 'deferred') {
          const { stores, outboxRows } = batchedStores(base, tx, t, true);
          value = await work(stores);
          later = outboxRows();
        } else {
          value = await work(base);
        }
        workEnded = performance.now();
        t?.add('transaction: work', workEnded - workStarted);
        return value;
      });
      t?.add('transaction: COMMIT', performance.now() - workEnded);
      if (later.length > 0) {
        const start = performance.now();
        void writeOutbox(db, later).then(
          () => t?.add('after COMMIT: outbox rows written (not awaited)', performance.now() - start),
          (error: unknown) => console.error('deferred outbox write failed', error),
        );
      }
      return result;
    },
  };
}
