import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/db.js';
import { extractLine, headerLine, professional, scratchFolder } from '../../../test/support/directory-extract.js';
import type { DatabaseHandle } from '../db/client.js';
import { directoryEntries } from '../db/schema.js';
import { essonneCommunes } from '../db/seed/communes-91.js';
import { importDirectoryExtract } from './importer.js';
import { writeSyntheticExtract } from './writer.js';

const folder = scratchFolder('declic-import-');
let database: DatabaseHandle;
let generated: string;

beforeAll(async () => {
  database = await createTestDatabase();
  generated = folder.path('generated.txt');
  const communes = essonneCommunes.map((c) => ({ code: c.inseeCode, name: c.name, postcodes: c.postcodes, departement: '91', departementName: 'Essonne', population: 1 }));
  await writeSyntheticExtract(generated, { rows: 3000, seed: 11, layout: 56, encoding: 'utf8', communes });
});
afterAll(async () => {
  await database.close();
  folder.cleanup();
});

async function count(where = sql`true`, db: DatabaseHandle = database): Promise<number> {
  const [row] = await db.db.select({ n: sql<number>`count(*)::int` }).from(directoryEntries).where(where);
  return row?.n ?? -1;
}

async function phoneOf(idNat: string, db: DatabaseHandle = database): Promise<(string | null)[]> {
  const rows = await db.db.select({ phone: directoryEntries.phone }).from(directoryEntries).where(eq(directoryEntries.idNat, idNat)).orderBy(directoryEntries.siteKey);
  return rows.map((r) => r.phone);
}

async function indexNames(db: DatabaseHandle): Promise<string[]> {
  const rows = await db.db.select({ name: sql<string>`indexname` }).from(sql`pg_indexes`).where(sql`tablename = 'directory_entries'`).orderBy(sql`indexname`);
  return rows.map((r) => r.name);
}

describe('importDirectoryExtract', () => {
  it('imports a generated extract into an empty directory, indexes rebuilt', async () => {
    const report = await importDirectoryExtract(database, generated);
    expect(report).toMatchObject({ encoding: 'utf-8', columns: 56, linesRead: 3000, imported: 3000, bad: 0, badLines: [], changed: 3000 });
    expect(await count()).toBe(3000);
    expect(await count(sql`last_name_search <> lower(last_name_search) or first_name_search ~ '[A-Z]'`)).toBe(0);
    expect(await indexNames(database)).toEqual(['directory_entries_id_nat_site_key_pk', 'directory_entries_search_idx']);
  });

  it('changes nothing when the same file comes again', async () => {
    const report = await importDirectoryExtract(database, generated);
    expect(report).toMatchObject({ imported: 3000, changed: 0 });
    expect(await count()).toBe(3000);
  });

  it('updates a changed situation, adds a new one and keeps the others', async () => {
    const lines = readFileSync(generated, 'utf8').split('\n');
    const cells = (lines[1] ?? '').split('|');
    const idNat = cells[2] ?? '';
    const before = await phoneOf(idNat);
    cells[40] = '0169999999';
    lines[1] = cells.join('|');
    const added = extractLine(professional('10000000009', 'PARADIS', 'PHILIPPE'));
    const report = await importDirectoryExtract(database, folder.write('changed.txt', `${[lines[0], lines[1], added].join('\n')}\n`));
    expect(report).toMatchObject({ linesRead: 2, imported: 2, changed: 2 });
    expect(await count()).toBe(3001);
    expect(await phoneOf(idNat)).toContain('0169999999');
    expect(before).not.toContain('0169999999');
  });

  it('reports bad lines with their numbers and imports the others', async () => {
    const good = extractLine(professional('10123456781', 'PARANQUE', 'PHILIPPE'));
    const content = [headerLine(), good, good.slice(0, 60), `${good}x|`, extractLine(professional('10999999997', 'PARDIES', 'PHILIPPE'))].join('\n');
    const report = await importDirectoryExtract(database, folder.write('bad.txt', content));
    expect(report).toMatchObject({ linesRead: 4, imported: 2, bad: 2 });
    expect(report.badLines.map((b) => [b.line, b.reason])).toEqual([
      [3, 'column_count'],
      [4, 'column_count'],
    ]);
    expect(await count(sql`id_nat in ('810123456781', '810999999997')`)).toBe(2);
  });

  it('keeps the last line of a situation repeated in the file, values stored verbatim', async () => {
    const first = extractLine(professional('10000000017', 'MÉNARD', 'JEAN', { 'Téléphone (coord. structure)': '0100000001', 'Raison sociale site': 'CABINET \\ "DU\tPARC"' }));
    const last = extractLine(professional('10000000017', 'MÉNARD', 'JEAN', { 'Téléphone (coord. structure)': '0100000002', 'Raison sociale site': 'CABINET \\ "DU\tPARC"' }));
    await importDirectoryExtract(database, folder.write('repeat.txt', [headerLine(), first, last].join('\n')));
    expect(await phoneOf('810000000017')).toEqual(['0100000002']);
    const [row] = await database.db.select({ name: directoryEntries.structureName }).from(directoryEntries).where(eq(directoryEntries.idNat, '810000000017'));
    expect(row?.name).toBe('CABINET \\ "DU\tPARC"');
  });

  it('keeps the last line of a repeated situation in a first import too, and rolls back on an unreadable file', async () => {
    const fresh = await createTestDatabase();
    try {
      const a = extractLine(professional('10000000025', 'PARADIS', 'PHILIPPE', { 'Téléphone (coord. structure)': '0100000001' }));
      const b = extractLine(professional('10000000025', 'PARADIS', 'PHILIPPE', { 'Téléphone (coord. structure)': '0100000002' }));
      const other = extractLine(professional('10000000033', 'PARANQUE', 'PHILIPPE'));
      const report = await importDirectoryExtract(fresh, folder.write('repeat-first.txt', [headerLine(), a, other, b].join('\n')));
      expect(report.changed).toBe(2);
      expect(await phoneOf('810000000025', fresh)).toEqual(['0100000002']);
      expect(await count(sql`true`, fresh)).toBe(2);
      await expect(importDirectoryExtract(fresh, folder.path('missing.txt'))).rejects.toMatchObject({ code: 'directory.file_unreadable' });
      expect(await indexNames(fresh)).toHaveLength(2);
    } finally {
      await fresh.close();
    }
  });
});
