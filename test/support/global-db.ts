/**
 * Vitest global setup of the integration projects: migrates one template
 * database, which each test file then copies (PGlite: a data-dir dump loaded in
 * memory; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/adapters/db/client.js';
import { createPglite, wrapPglite } from '../../src/adapters/db/pglite.js';
import { migrateDatabase } from '../../src/adapters/db/migrate.js';
import { adminUrl, templateName } from './pg-names.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (project.config.env.TEST_DB === 'pg') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is required for the PostgreSQL integration project');
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    const template = templateName(url);
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${template}`;
    const handle = await openDatabase({ driver: 'pg', url: u.toString() });
    await migrateDatabase(handle);
    await handle.close();
    return async () => undefined;
  }
  const pglite = await createPglite('memory://');
  const handle = wrapPglite(pglite);
  await migrateDatabase(handle);
  const dump = await pglite.dumpDataDir('none');
  await handle.close();
  const dir = mkdtempSync(join(tmpdir(), 'declic-test-'));
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return async () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
