import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadFrenchCommunes } from '../adapters/directory/communes.js';
import { formatBytes, formatCount } from '../adapters/directory/progress.js';
import { writeSyntheticExtract } from '../adapters/directory/writer.js';
import { t } from '../i18n/index.js';

/**
 * `npm run gen:rpps -- --rows N --out FICHIER [--seed S] [--encoding utf8|latin1] [--layout 56|52]`:
 * writes a synthetic `PS_LibreAcces_Personne_activite` extract in the official
 * format, deterministic for a seed, for tests and benchmarks.
 */
function fail(details: string): never {
  console.error(t('directory.generate.invalid', { details }));
  console.error(t('directory.generate.usage'));
  process.exit(2);
}

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: { rows: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, encoding: { type: 'string' }, layout: { type: 'string' } },
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const rows = Number(values.rows);
const seed = Number(values.seed ?? '1');
const encoding = values.encoding ?? 'utf8';
const layout = Number(values.layout ?? '56');
if (!Number.isInteger(rows) || rows < 0) fail('--rows');
if (!values.out) fail('--out');
if (!Number.isInteger(seed) || seed < 0) fail('--seed');
if (encoding !== 'utf8' && encoding !== 'latin1') fail('--encoding');
if (layout !== 52 && layout !== 56) fail('--layout');

const file = resolve(values.out);
const started = performance.now();
try {
  const result = await writeSyntheticExtract(file, { rows, seed, layout, encoding, communes: loadFrenchCommunes() });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(t('directory.generate.done', { seconds, rows: formatCount(result.rows), size: formatBytes(result.bytes), file }));
} catch (error) {
  console.error(t('directory.generate.failed', { file, message: error instanceof Error ? error.message : String(error) }));
  process.exit(1);
}
