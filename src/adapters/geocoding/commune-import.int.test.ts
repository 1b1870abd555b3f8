import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/db.js';
import type { DatabaseHandle } from '../db/client.js';
import { communes } from '../db/schema.js';
import { CommuneFileError, importCommuneFile } from './commune-import.js';

let database: DatabaseHandle;
let dir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'declic-communes-'));
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const stored = (codes: string[]) =>
  database.db
    .select({ inseeCode: communes.inseeCode, name: communes.name, postcodes: communes.postcodes, departement: communes.departement, lat: communes.lat, lng: communes.lng, timeZone: communes.timeZone })
    .from(communes)
    .where(inArray(communes.inseeCode, codes))
    .orderBy(asc(communes.inseeCode));

const geoApiFile = (lamentinName: string) =>
  JSON.stringify([
    { code: '97213', nom: lamentinName, codesPostaux: ['97232'], codeDepartement: '972', centre: { type: 'Point', coordinates: [-60.9994, 14.6126] } },
    { code: '97411', nom: 'Saint-Denis', codesPostaux: ['97400', '97490'], codeDepartement: '974', centre: { type: 'Point', coordinates: [55.4504, -20.8823] } },
    { code: '04001', nom: 'Sans centre', codesPostaux: ['04000'] },
    { code: '04070', nom: 'Digne-les-Bains', codesPostaux: ['04000'], codeDepartement: '04', centre: { type: 'Point', coordinates: [6.2357, 44.0925] } },
  ]);

describe('importCommuneFile', () => {
  it('loads the geo.api.gouv.fr JSON export: overseas communes get their time zone, bad entries are reported', async () => {
    const progress: [number, number][] = [];
    const result = await importCommuneFile(database.db, file('communes.json', geoApiFile('Le Lamentin')), (done, total) => progress.push([done, total]));
    expect(result.written).toBe(3);
    expect(result.parsed.issues).toEqual([{ line: 3, reason: 'coordinates' }]);
    expect(progress.at(-1)).toEqual([3, 3]);
    expect(await stored(['04070', '97213', '97411'])).toEqual([
      { inseeCode: '04070', name: 'Digne-les-Bains', postcodes: ['04000'], departement: '04', lat: 44.0925, lng: 6.2357, timeZone: 'Europe/Paris' },
      { inseeCode: '97213', name: 'Le Lamentin', postcodes: ['97232'], departement: '972', lat: 14.6126, lng: -60.9994, timeZone: 'America/Martinique' },
      { inseeCode: '97411', name: 'Saint-Denis', postcodes: ['97400', '97490'], departement: '974', lat: -20.8823, lng: 55.4504, timeZone: 'Indian/Reunion' },
    ]);
  });

  it('re-imports idempotently: same rows, values replaced by the file’s', async () => {
    await importCommuneFile(database.db, file('again.json', geoApiFile('Lamentin (Le)')));
    const rows = await stored(['04070', '97213', '97411']);
    expect(rows).toHaveLength(3);
    expect(rows[1]?.name).toBe('Lamentin (Le)');
  });

  it('loads a `;` CSV mapped by header name, merging a commune spread over several lines', async () => {
    const csv = [
      'code_commune_INSEE;nom_commune_postal;code_postal;latitude;longitude;nom_commune',
      '13055;MARSEILLE;13001;43,2965;5,3698;Marseille',
      '13055;MARSEILLE;13008;43,2965;5,3698;Marseille',
      '13056;MARTIGUES;13500;;;Martigues',
      '97302;CAYENNE;97300;4.9224;-52.3135;Cayenne',
    ].join('\n');
    const result = await importCommuneFile(database.db, file('communes.csv', csv));
    expect(result.parsed.issues).toEqual([{ line: 4, reason: 'coordinates' }]);
    expect(await stored(['13055', '13056', '97302'])).toEqual([
      { inseeCode: '13055', name: 'Marseille', postcodes: ['13001', '13008'], departement: '13', lat: 43.2965, lng: 5.3698, timeZone: 'Europe/Paris' },
      { inseeCode: '97302', name: 'Cayenne', postcodes: ['97300'], departement: '973', lat: 4.9224, lng: -52.3135, timeZone: 'America/Cayenne' },
    ]);
  });

  it('refuses a CSV without the needed columns, writing nothing', async () => {
    await expect(importCommuneFile(database.db, file('bad.csv', 'insee,name\n06088,Nice\n'))).rejects.toBeInstanceOf(CommuneFileError);
    expect(await stored(['06088'])).toEqual([]);
  });
});
