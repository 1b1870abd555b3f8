import { openDatabase } from '../adapters/db/client.js';
import { migrateDatabase } from '../adapters/db/migrate.js';
import { importDirectoryExtract, type ImportReport } from '../adapters/directory/importer.js';
import { createProgressBar, formatBytes, formatCount } from '../adapters/directory/progress.js';
import { loadConfig } from '../config/index.js';
import { AppError } from '../core/errors.js';
import { t } from '../i18n/index.js';

/**
 * `npm run import:rpps -- FICHIER`: imports an Annuaire Santé extract into the
 * configured database (PGlite under DATA_DIR or DATABASE_URL), migrated first.
 * Exit 0 when done, bad lines included (they are listed); 1 when the file
 * cannot be read or is not an extract; 2 on a usage error.
 */
const file = process.argv.slice(2).find((arg) => arg !== '--');
if (!file) {
  console.error(t('directory.import.usage'));
  process.exit(2);
}

function printReport(report: ImportReport): void {
  console.log(
    t('directory.import.done', {
      seconds: (report.elapsedMs / 1000).toFixed(1),
      lines: formatCount(report.linesRead),
      imported: formatCount(report.imported),
      bad: formatCount(report.bad),
      changed: formatCount(report.changed),
    }),
  );
  if (report.badLines.length === 0) return;
  const title = report.badLines.length < report.bad ? 'directory.import.badTitleFirst' : 'directory.import.badTitle';
  console.log(t(title, { shown: report.badLines.length, bad: formatCount(report.bad) }));
  for (const bad of report.badLines) {
    const reason = t(`directory.reason.${bad.reason}`, { expected: bad.expected ?? '', actual: bad.actual ?? '' });
    console.log(t('directory.import.badLine', { line: bad.line, reason }));
  }
}

const config = loadConfig();
const database = await openDatabase(config.database);
const target = database.driver === 'pg' ? 'PostgreSQL' : 'PGlite';
let exitCode = 0;
try {
  await migrateDatabase(database);
  const progress = createProgressBar(process.stderr);
  const report = await importDirectoryExtract(database, file, {
    onStart: (info) =>
      console.error(t('directory.import.start', { file, size: formatBytes(info.size), encoding: t(`directory.encoding.${info.encoding}`), columns: info.columns, target })),
    onProgress: (p) => progress.update(p),
  });
  progress.done();
  printReport(report);
} catch (error) {
  exitCode = 1;
  if (error instanceof AppError) console.error(t(`errors.${error.code}`, error.params));
  else console.error(t('directory.import.failed', { message: error instanceof Error ? error.message : String(error) }));
} finally {
  await database.close();
}
process.exit(exitCode);
