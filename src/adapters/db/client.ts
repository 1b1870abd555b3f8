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
  /**
   * LISTENs on a NOTIFY channel (a lower-case identifier) on a connection of
   * its own, reconnecting when it is lost (`onListening` is called each time
   * LISTEN is in place: notifications sent meanwhile were missed); resolves
   * with the function that stops it. `close()` stops every listener.
   */
  listen(
    channel: string,
    onPayload: (payload: string | undefined) => void,
    onError: (error: unknown) => void,
    onListening?: () => void,
  ): Promise<() => Promise<void>>;
}

/** Channel names are written into LISTEN: only plain identifiers. */
export function assertChannel(channel: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid channel name ${channel}`);
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
  const listeners = new Set<() => Promise<void>>();
  return {
    driver: 'pg',
    db,
    pool,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    async listen(channel, onPayload, onError, onListening) {
      assertChannel(channel);
      let closed = false;
      let client: pg.Client | null = null;
      const connect = async (): Promise<void> => {
        const next = new pg.Client({ connectionString: url });
        next.on('notification', (n) => {
          if (n.channel === channel) onPayload(n.payload);
        });
        next.on('error', (error) => {
          onError(error);
          client = null;
          void next.end().catch(() => undefined);
          if (!closed) setTimeout(() => void connect(), 1000);
        });
        try {
          await next.connect();
          await next.query(`LISTEN ${channel}`);
          client = next;
          onListening?.();
        } catch (error) {
          onError(error);
          void next.end().catch(() => undefined);
          if (!closed) setTimeout(() => void connect(), 1000);
        }
      };
      await connect();
      const stop = async () => {
        closed = true;
        listeners.delete(stop);
        await client?.end().catch(() => undefined);
      };
      listeners.add(stop);
      return stop;
    },
    close: async () => {
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
  };
}
