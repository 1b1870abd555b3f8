import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/adapters/db/client.js';
import { createPglite, wrapPglite } from '../../src/adapters/db/pglite.js';
import { adminUrl, templateName } from './pg-names.js';

/**
 * A fresh, migrated database for one test file: PGlite in memory by default,
 * a new database on the PostgreSQL server in the `int-pg` project. `close()`
 * drops it.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (process.env.TEST_DB === 'pg') return createPgDatabase();
  const template = new Blob([readFileSync(inject('pgliteTemplate'))]);
  return wrapPglite(await createPglite({ loadDataDir: template }));
}

async function createPgDatabase(): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is required');
  const name = `${templateName(url).replace(/_template$/, '')}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  await admin.query(`create database ${name} template ${templateName(url)}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const handle = await openDatabase({ driver: 'pg', url: u.toString() });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
