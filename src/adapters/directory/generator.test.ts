import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchFolder } from '../../../test/support/directory-extract.js';
import { isValidAdeli, isValidRpps } from '../../core/validators/index.js';
import { essonneCommunes } from '../db/seed/communes-91.js';
import { officialHeader56 } from './format.js';
import { syntheticExtractLines, type GenCommune, type GenerateOptions } from './generator.js';
import { openExtract } from './reader.js';
import { writeSyntheticExtract } from './writer.js';

const communes: GenCommune[] = essonneCommunes.map((c) => ({ code: c.inseeCode, name: c.name, postcodes: c.postcodes, departement: '91', departementName: 'Essonne', population: 1000 }));
const options = (over: Partial<GenerateOptions> = {}): GenerateOptions => ({ rows: 2000, seed: 7, layout: 56, communes, ...over });
const folder = scratchFolder('declic-gen-');
afterAll(() => folder.cleanup());

describe('syntheticExtractLines', () => {
  const lines = [...syntheticExtractLines(options())];

  it('writes the official header and exactly the rows asked, each with 56 cells and a trailing |', () => {
    expect(lines[0]).toBe(`${officialHeader56.join('|')}|`);
    expect(lines).toHaveLength(2001);
    for (const line of lines) {
      expect(line.endsWith('|')).toBe(true);
      expect(line.split('|')).toHaveLength(57);
    }
  });

  it('gives valid RPPS and ADELI numbers, 1 to 3 rows per professional, some fields with quotes', () => {
    const rows = lines.slice(1).map((line) => line.split('|'));
    const perPerson = new Map<string, number>();
    for (const cells of rows) {
      const [type, identifier, idNat] = cells;
      expect(idNat).toBe(`${type}${identifier}`);
      expect(type === '8' ? isValidRpps(identifier ?? '') : isValidAdeli(identifier ?? '')).toBe(true);
      perPerson.set(idNat ?? '', (perPerson.get(idNat ?? '') ?? 0) + 1);
    }
    expect(Math.max(...perPerson.values())).toBeLessThanOrEqual(3);
    expect([...perPerson.values()].some((n) => n > 1)).toBe(true);
    expect(rows.some((cells) => cells[0] === '0')).toBe(true);
    expect(lines.some((line) => line.includes('"'))).toBe(true);
    expect(rows.some((cells) => cells[9] === '10' && ['SM54', 'SM26', 'SM53'].includes(cells[15] ?? ''))).toBe(true);
  });

  it('is deterministic for a seed', () => {
    expect([...syntheticExtractLines(options())]).toEqual(lines);
    expect([...syntheticExtractLines(options({ seed: 8 }))]).not.toEqual(lines);
  });

  it('writes the older 52-column layout', () => {
    const [header, first] = [...syntheticExtractLines(options({ rows: 1, layout: 52 }))];
    expect(header).toBe(`${officialHeader56.slice(0, 52).join('|')}|`);
    expect(first?.split('|')).toHaveLength(53);
  });
});

describe('writeSyntheticExtract', () => {
  it('writes a Latin-1 file the reader detects and reads whole', async () => {
    const path = folder.path('latin1.txt');
    expect(await writeSyntheticExtract(path, { ...options({ rows: 500 }), encoding: 'latin1' })).toMatchObject({ rows: 500 });
    expect(readFileSync(path).includes(Buffer.from('Libellé', 'latin1'))).toBe(true);
    const extract = await openExtract(path);
    expect(extract.info.encoding).toBe('windows-1252');
    let entries = 0;
    for await (const chunk of extract.chunks()) {
      expect(chunk.bad).toEqual([]);
      entries += chunk.entries.length;
    }
    expect(entries).toBe(500);
  });
});
