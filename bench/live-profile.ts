/**
 * Profiling instruments of the live benchmarks (bench/fanout.ts,
 * bench/race.ts), around the app's own code:
 *
 * - `timedStores`: the care-requests stores with every call timed, to see
 *   where a use case's transaction spends its time;
 * - `timedTransactor`: the app's care-requests transactor (`createTransactor(db,
 *   careRequestsStores)`), its stores timed and the transaction split into
 *   BEGIN / work / COMMIT, into the current tally.
 */
import type { Db } from '../src/adapters/db/client.js';
import { careRequestsStores } from '../src/adapters/care-requests.js';
import type { CareRequestsStores, CareRequestsTransactor } from '../src/app/care-requests/ports.js';

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

/**
 * The app's care-requests transactor; while `tally()` answers one, the stores
 * are timed into it and so are the transaction's BEGIN, work and COMMIT.
 */
export function timedTransactor(db: Db, tally: () => Tally | null): CareRequestsTransactor {
  return {
    run: async (work) => {
      const t = tally();
      const started = performance.now();
      let workEnded = 0;
      const result = await db.transaction(async (tx) => {
        const workStarted = performance.now();
        t?.add('transaction: BEGIN', workStarted - started);
        const value = await work(t ? timedStores(careRequestsStores(tx), t) : careRequestsStores(tx));
        workEnded = performance.now();
        t?.add('transaction: work', workEnded - workStarted);
        return value;
      });
      t?.add('transaction: COMMIT', performance.now() - workEnded);
      return result;
    },
  };
}
