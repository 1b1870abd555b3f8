import { join } from 'node:path';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { packageRoot } from '../../config/paths.js';
import type { DatabaseHandle } from './client.js';

/** Any id will do as long as every instance uses the same one. */
const MIGRATION_LOCK_ID = 7_402_117;

/** The SQL migrations folder (kept in src/, also used by the compiled build). */
export function migrationsFolder(): string {
  return join(packageRoot(), 'src', 'adapters', 'db', 'migrations');
}

/**
 * Applies the forward-only SQL migrations. On a server, an advisory lock makes
 * concurrent starts of several instances apply them once.
 */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  const folder = migrationsFolder();
  if (handle.pglite) {
    await migratePglite(drizzlePglite(handle.pglite), { migrationsFolder: folder });
    return;
  }
  if (!handle.pool) throw new Error('database handle has neither PGlite nor a pool');
  const client = await handle.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    try {
      await migrateNodePg(drizzleNodePg(client), { migrationsFolder: folder });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]);
    }
  } finally {
    client.release();
  }
}
