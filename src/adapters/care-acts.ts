import type { CareActsDeps, CareActsStores } from '../app/care-acts/index.js';
import type { Config } from '../config/index.js';
import type { Db } from './db/client.js';
import { createCareActStore } from './db/stores/care-acts.js';
import { createTransactor } from './db/transactor.js';

const careActsStores = (db: Db): CareActsStores => ({ careActs: createCareActStore(db) });

/** Adapters behind the care-acts ports (compose adds the clock). */
export function createCareActsAdapters(_config: Config, db: Db): Omit<CareActsDeps, 'clock'> {
  return { stores: careActsStores(db), transactor: createTransactor(db, careActsStores) };
}
