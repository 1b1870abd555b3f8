import { describe, expect, it } from 'vitest';
import { CommuneFileError, parseCommuneFile, splitCsvLine } from './commune-file.js';
import { decodeText } from './commune-import.js';

const geoApi = (code: string, nom: string, codesPostaux: unknown, coordinates: unknown, codeDepartement?: string) => ({
  code,
  nom,
  codesPostaux,
  ...(codeDepartement ? { codeDepartement } : {}),
  centre: { type: 'Point', coordinates },
});

describe('parseCommuneFile — geo.api.gouv.fr JSON', () => {
  it('reads code, name, postcodes, département and the [lon, lat] centre, with the territory’s time zone', () => {
    const parsed = parseCommuneFile(
      JSON.stringify([geoApi('91228', 'Évry-Courcouronnes', ['91080', '91000'], [2.4297, 48.6243], '91'), geoApi('97209', 'Fort-de-France', ['97200', '97234'], [-61.0588, 14.6161], '972')]),
    );
    expect(parsed.format).toBe('json');
    expect(parsed.issues).toEqual([]);
    expect(parsed.communes).toEqual([
      { inseeCode: '91228', name: 'Évry-Courcouronnes', postcodes: ['91000', '91080'], departement: '91', lat: 48.6243, lng: 2.4297, timeZone: 'Europe/Paris' },
      { inseeCode: '97209', name: 'Fort-de-France', postcodes: ['97200', '97234'], departement: '972', lat: 14.6161, lng: -61.0588, timeZone: 'America/Martinique' },
    ]);
  });

  it('reports bad entries by number and carries on', () => {
    const parsed = parseCommuneFile(
      JSON.stringify([
        geoApi('2A004', 'Ajaccio', ['20000', '20090'], [8.7369, 41.9192]),
        geoApi('9122', 'Code court', ['91000'], [2.4, 48.6]),
        geoApi('91377', '', ['91300'], [2.27, 48.73]),
        geoApi('91377', 'Massy', [], [2.27, 48.73]),
        geoApi('91377', 'Massy', ['91300'], [2.27]),
        geoApi('98735', 'Papeete', ['98714'], [-149.56, -17.53]),
        'not an object',
        geoApi('97411', 'Saint-Denis', ['97400'], [55.4504, -20.8823]),
      ]),
    );
    expect(parsed.entries).toBe(8);
    expect(parsed.issues).toEqual([
      { line: 2, reason: 'insee' },
      { line: 3, reason: 'name' },
      { line: 4, reason: 'postcode' },
      { line: 5, reason: 'coordinates' },
      { line: 6, reason: 'territory' },
      { line: 7, reason: 'entry' },
    ]);
    expect(parsed.communes.map((c) => [c.inseeCode, c.departement, c.timeZone])).toEqual([
      ['2A004', '2A', 'Europe/Paris'],
      ['97411', '974', 'Indian/Reunion'],
    ]);
  });

  it('reads the same as a GeoJSON FeatureCollection', () => {
    const feature = { type: 'Feature', properties: { code: '97213', nom: 'Le Lamentin', codesPostaux: ['97232'] }, geometry: { type: 'Point', coordinates: [-60.9994, 14.6126] } };
    const parsed = parseCommuneFile(JSON.stringify({ type: 'FeatureCollection', features: [feature] }));
    expect(parsed.communes).toEqual([{ inseeCode: '97213', name: 'Le Lamentin', postcodes: ['97232'], departement: '972', lat: 14.6126, lng: -60.9994, timeZone: 'America/Martinique' }]);
  });

  it('refuses a file that is not a commune list', () => {
    expect(() => parseCommuneFile('[{"code": ')).toThrow(CommuneFileError);
    expect(() => parseCommuneFile('{"communes": 3}')).toThrow(CommuneFileError);
  });
});

describe('parseCommuneFile — CSV', () => {
  it('maps columns by header name, `;` separated, decimal commas, a commune on several lines', () => {
    const csv = [
      'code_commune_INSEE;nom_commune_postal;code_postal;latitude;longitude;nom_commune;code_departement',
      '91228;EVRY COURCOURONNES;91000;48,6243;2,4297;Évry-Courcouronnes;91',
      '91228;EVRY COURCOURONNES;91080;48,6243;2,4297;Évry-Courcouronnes;91',
      '97209;FORT DE FRANCE;97200;14.6161;-61.0588;Fort-de-France;972',
      '',
    ].join('\r\n');
    const parsed = parseCommuneFile(`\uFEFF${csv}`);
    expect(parsed.format).toBe('csv');
    expect(parsed.entries).toBe(3);
    expect(parsed.communes.map((c) => [c.inseeCode, c.name, c.postcodes, c.timeZone])).toEqual([
      ['91228', 'Évry-Courcouronnes', ['91000', '91080'], 'Europe/Paris'],
      ['97209', 'Fort-de-France', ['97200'], 'America/Martinique'],
    ]);
  });

  it('reads `,` separated files with quotes, reports bad lines by line number', () => {
    const csv = [
      'nom,code_insee,code_postal,longitude,latitude',
      '"Saint-Denis, la ville",93066,93200,2.3574,48.9362',
      'Massy,91377,91300,,',
      'Sans code,,91300,2.27,48.73',
      '"Ris-Orangis",91521,"91130",2.4147,48.6527',
    ].join('\n');
    const parsed = parseCommuneFile(csv);
    expect(parsed.issues).toEqual([
      { line: 3, reason: 'coordinates' },
      { line: 4, reason: 'insee' },
    ]);
    expect(parsed.communes.map((c) => [c.inseeCode, c.name, c.lat])).toEqual([
      ['93066', 'Saint-Denis, la ville', 48.9362],
      ['91521', 'Ris-Orangis', 48.6527],
    ]);
  });

  it('reads a combined "lat, lon" column and a #-prefixed header (La Poste file)', () => {
    const parsed = parseCommuneFile('#Code_commune_INSEE;Nom_de_la_commune;Code_postal;coordonnees_gps\n91377;MASSY;91300;48.7309, 2.2713\n');
    expect(parsed.communes).toEqual([{ inseeCode: '91377', name: 'MASSY', postcodes: ['91300'], departement: '91', lat: 48.7309, lng: 2.2713, timeZone: 'Europe/Paris' }]);
  });

  it('names the missing columns', () => {
    const error: unknown = (() => {
      try {
        parseCommuneFile('code_insee;nom\n91377;Massy\n');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CommuneFileError);
    expect((error as CommuneFileError).missing).toEqual(['code_postal', 'latitude', 'longitude']);
  });

  it('splits quoted cells', () => {
    expect(splitCsvLine('a;"b;c";"d ""e""";', ';')).toEqual(['a', 'b;c', 'd "e"', '']);
  });

  it('decodes UTF-8, or Latin-1 when the bytes are not UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('Évry'))).toBe('Évry');
    expect(decodeText(Uint8Array.from([0xc9, 0x76, 0x72, 0x79]))).toBe('Évry');
  });
});
