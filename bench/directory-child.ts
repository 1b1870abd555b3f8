/**
 * Child process of the directory benchmark: migrates the configured database
 * (DATABASE_URL or DATA_DIR, as `npm run import:rpps`) and imports FILE with
 * the same code as the CLI, then prints one JSON line: the import report and
 * the process's peak resident memory.
 */
import { openDatabase } from '../src/adapters/db/client.js';
import { migrateDatabase } from '../src/adapters/db/migrate.js';
import { importDirectoryExtract } from '../src/adapters/directory/importer.js';
import { loadConfig } from '../src/config/index.js';

const file = process.argv[2];
if (!file) throw new Error('usage: directory-child.ts FILE');
const database = await openDatabase(loadConfig().database);
try {
  await migrateDatabase(database);
  const report = await importDirectoryExtract(database, file);
  console.log(JSON.stringify({ report, maxRssKb: process.resourceUsage().maxRSS }));
} finally {
  await database.close();
}
