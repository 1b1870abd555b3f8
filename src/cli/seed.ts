import { openDatabase } from '../adapters/db/client.js';
import { migrateDatabase } from '../adapters/db/migrate.js';
import { DEMO_PASSWORD } from '../adapters/db/seed/demo-accounts.js';
import { isDatabaseEmpty, seedDemo } from '../adapters/db/seed/demo.js';
import { loadConfig } from '../config/index.js';

/**
 * `npm run seed`: migrates the configured database, then loads the demo
 * territory if it holds no user yet. Refuses outside demo mode: the demo
 * accounts share a public password.
 */
const config = loadConfig();
if (!config.demo) {
  console.error('Mode démo désactivé : définissez DEMO=1 pour charger les données de démonstration (leurs comptes partagent un mot de passe public).');
  process.exit(1);
}
const database = await openDatabase(config.database);
const target = database.driver === 'pg' ? 'PostgreSQL' : 'PGlite';
try {
  await migrateDatabase(database);
  if (!(await isDatabaseEmpty(database.db))) {
    console.log(`La base de données (${target}) contient déjà des données : rien n’a été chargé.`);
  } else {
    const result = await seedDemo(database.db);
    if (result.seeded) {
      console.log(`Données de démonstration chargées (${target}) : ${result.users} comptes, ${result.patients} patients.`);
      console.log(`Mot de passe commun des comptes de démonstration : ${DEMO_PASSWORD}`);
    } else {
      console.log(`La base de données (${target}) contient déjà des données : rien n’a été chargé.`);
    }
  }
} finally {
  await database.close();
}
