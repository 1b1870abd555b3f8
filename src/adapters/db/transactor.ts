import type { Transactor } from '../../app/ports.js';
import type { Db } from './client.js';

/** A Transactor over Drizzle: each run gets stores bound to its own transaction. */
export function createTransactor<S>(db: Db, makeStores: (db: Db) => S): Transactor<S> {
  return {
    run: (work) => db.transaction((tx) => work(makeStores(tx))),
  };
}
