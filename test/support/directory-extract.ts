import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseHandle } from '../../src/adapters/db/client.js';
import { formatLine, officialHeader, type Layout } from '../../src/adapters/directory/format.js';
import { importDirectoryExtract, type ImportReport } from '../../src/adapters/directory/importer.js';

/** Test helpers: extract lines in the official layout, from a few named values. */

export type Row = Readonly<Record<string, string>>;

/** A professional's row by header name; the other cells are empty. */
export function extractLine(values: Row, layout: Layout = 56): string {
  return formatLine(officialHeader(layout).map((name) => values[name] ?? ''));
}

export function headerLine(layout: Layout = 56): string {
  return formatLine(officialHeader(layout));
}

/** A plausible row: a GP unless `values` says otherwise. */
export function professional(rpps: string, lastName: string, firstName: string, values: Row = {}): Row {
  return {
    "Type d'identifiant PP": '8',
    'Identifiant PP': rpps,
    'Identification nationale PP': `8${rpps}`,
    "Nom d'exercice": lastName,
    "Prénom d'exercice": firstName,
    'Code profession': '10',
    'Libellé profession': 'Médecin',
    'Code type savoir-faire': 'S',
    'Libellé type savoir-faire': 'Spécialité ordinale',
    'Code savoir-faire': 'SM54',
    'Libellé savoir-faire': 'Médecine Générale',
    'Code mode exercice': 'L',
    'Identifiant technique de la structure': `R${rpps}`,
    'Libellé commune (coord. structure)': 'Évry-Courcouronnes',
    'Code postal (coord. structure)': '91000',
    ...values,
  };
}

/** A scratch folder for extract files, removed by `cleanup`. */
export function scratchFolder(prefix: string): { path(name: string): string; write(name: string, content: string | Buffer): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    path: (name) => join(dir, name),
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Imports rows (official layout) into the test database's directory, as `npm run import:rpps` would. */
export async function loadDirectory(database: DatabaseHandle, rows: readonly Row[]): Promise<ImportReport> {
  const folder = scratchFolder('declic-directory-');
  try {
    return await importDirectoryExtract(database, folder.write('extract.txt', [headerLine(), ...rows.map((row) => extractLine(row))].join('\n')));
  } finally {
    folder.cleanup();
  }
}
