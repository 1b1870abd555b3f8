import { resolve } from 'node:path';
import { openDatabase } from '../adapters/db/client.js';
import { migrateDatabase } from '../adapters/db/migrate.js';
import { CommuneFileError, importCommuneFile } from '../adapters/geocoding/commune-import.js';
import { loadConfig } from '../config/index.js';
import { t } from '../i18n/index.js';

/**
 * `npm run import:communes -- FILE`: loads a national commune file with
 * coordinates (geo.api.gouv.fr JSON export, or CSV with a header) into the
 * `communes` table of the configured database, upserting by INSEE code.
 * Progress and skipped entries go to stderr.
 */
const MAX_ISSUES_SHOWN = 50;
const file = process.argv[2];
if (!file) {
  console.error(t('cli.importCommunes.usage'));
  process.exit(2);
}

const config = loadConfig();
const database = await openDatabase(config.database);
const target = database.driver === 'pg' ? 'PostgreSQL' : 'PGlite';
try {
  await migrateDatabase(database);
  console.error(t('cli.importCommunes.reading', { file: resolve(file) }));
  let shown = 0;
  const { parsed, written } = await importCommuneFile(database.db, file, (done, total) => {
    if (done === total || done - shown >= 5000) {
      shown = done;
      console.error(t('cli.importCommunes.progress', { written: done, total }));
    }
  });
  const where = t(parsed.format === 'csv' ? 'cli.importCommunes.whereLine' : 'cli.importCommunes.whereEntry');
  for (const issue of parsed.issues.slice(0, MAX_ISSUES_SHOWN)) {
    console.error(t('cli.importCommunes.issue', { where, line: issue.line, reason: t(`cli.importCommunes.reasons.${issue.reason}`) }));
  }
  if (parsed.issues.length > MAX_ISSUES_SHOWN) console.error(t('cli.importCommunes.moreIssues', { count: parsed.issues.length - MAX_ISSUES_SHOWN }));
  console.log(t('cli.importCommunes.done', { written, format: parsed.format.toUpperCase(), target, skipped: parsed.issues.length, entries: parsed.entries }));
} catch (error) {
  if (!(error instanceof CommuneFileError) && !(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
  const details =
    error instanceof CommuneFileError
      ? error.reason === 'columns'
        ? t('cli.importCommunes.missingColumns', { columns: error.missing.join(', ') })
        : t(error.reason === 'empty' ? 'cli.importCommunes.empty' : 'cli.importCommunes.notJson')
      : error.message;
  console.error(t('cli.importCommunes.fileError', { details }));
  process.exitCode = 1;
} finally {
  await database.close();
}
