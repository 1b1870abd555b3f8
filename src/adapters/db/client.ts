import { existsSync, mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
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

export const pgliteExtensions = { cube, earthdistance, pg_trgm, unaccent };

/** Opens PGlite on disk (or in memory with `memory://`), or a `pg` pool on a PostgreSQL server. */
export async function openDatabase(database: Database): Promise<DatabaseHandle> {
  if (database.driver === 'pg') return openPool(database.url);
  if (!database.dataDir.startsWith('memory://') && !existsSync(database.dataDir)) {
    mkdirSync(database.dataDir, { recursive: true });
  }
  const pglite = await PGlite.create(database.dataDir, { extensions: pgliteExtensions });
  return wrapPglite(pglite);
}

export function wrapPglite(pglite: PGlite): DatabaseHandle {
  const db: Db = drizzlePglite(pglite, { schema });
  return {
    driver: 'pglite',
    db,
    pglite,
    ping: async () => {
      await pglite.query('select 1');
    },
    close: () => pglite.close(),
  };
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
