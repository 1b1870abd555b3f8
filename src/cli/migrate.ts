import { openDatabase } from '../adapters/db/client.js';
import { migrateDatabase } from '../adapters/db/migrate.js';
import { loadConfig } from '../config/index.js';

/** `npm run migrate`: applies pending migrations to the configured database (PGlite under DATA_DIR or DATABASE_URL). */
const config = loadConfig();
const database = await openDatabase(config.database);
try {
  await migrateDatabase(database);
  console.log(`Migrations appliquées (${database.driver === 'pg' ? 'PostgreSQL' : 'PGlite'}).`);
} finally {
  await database.close();
}
