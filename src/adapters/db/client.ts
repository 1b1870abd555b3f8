import { existsSync, mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Database } from '../../config/index.js';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** An open database: the Drizzle handle plus what the app needs around it. */
export interface DatabaseHandle {
  readonly driver: Database['driver'];
  readonly db: Db;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The raw PGlite instance (embedded driver only), for migrations and test snapshots. */
  readonly pglite?: PGlite;
  /** The pool (server driver only). */
  readonly pool?: pg.Pool;
}

/** Opens PGlite on disk (or in memory with `memory://`), or a `pg` pool on a PostgreSQL server. */
export async function openDatabase(database: Database): Promise<DatabaseHandle> {
  if (database.driver === 'pg') return openPool(database.url);
  if (!database.dataDir.startsWith('memory://') && !existsSync(database.dataDir)) {
    mkdirSync(database.dataDir, { recursive: true });
  }
  // Loaded only for the embedded driver: a PostgreSQL process never pays for PGlite's code.
  const { createPglite, wrapPglite } = await import('./pglite.js');
  return wrapPglite(await createPglite(database.dataDir));
}

function openPool(url: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const db: Db = drizzleNodePg(pool, { schema });
  return {
    driver: 'pg',
    db,
    pool,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => pool.end(),
  };
}
