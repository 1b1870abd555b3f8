import { searchKey } from '../../core/text.js';
import { CommuneCollector, type CommuneIssue, type CommuneRow } from './commune-row.js';

export type { CommuneIssue, CommuneIssueReason, CommuneRow } from './commune-row.js';

export interface ParsedCommuneFile {
  readonly format: 'json' | 'csv';
  readonly communes: CommuneRow[];
  readonly issues: CommuneIssue[];
  /** Entries (JSON) or data lines (CSV) read. */
  readonly entries: number;
}

/** The file as a whole cannot be read: not JSON/CSV, or a CSV header without the needed columns. */
export class CommuneFileError extends Error {
  constructor(
    readonly reason: 'json' | 'columns' | 'empty',
    readonly missing: readonly string[] = [],
  ) {
    super(`commune file: ${reason}${missing.length > 0 ? ` (${missing.join(', ')})` : ''}`);
    this.name = 'CommuneFileError';
  }
}

/**
 * Reads a national commune file: the geo.api.gouv.fr JSON export
 * (`[{ code, nom, codesPostaux, codeDepartement, centre: { coordinates: [lon, lat] } }]`,
 * or the same as a GeoJSON FeatureCollection), or a CSV with a header
 * (`,` or `;`, columns found by name). Bad entries are reported and skipped.
 */
export function parseCommuneFile(text: string): ParsedCommuneFile {
  const content = text.replace(/^\uFEFF/, '');
  const first = content.trimStart()[0];
  if (first === '[' || first === '{') return parseJson(content);
  return parseCsv(content);
}

function parseJson(content: string): ParsedCommuneFile {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    throw new CommuneFileError('json');
  }
  const entries = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.features) ? data.features : null;
  if (!entries) throw new CommuneFileError('json');
  const collector = new CommuneCollector();
  entries.forEach((entry: unknown, index) => {
    const item = isRecord(entry) && isRecord(entry.properties) ? { ...entry.properties, centre: entry.geometry } : entry;
    if (!isRecord(item)) return collector.skip(index + 1, 'entry');
    const centre = isRecord(item.centre) && Array.isArray(item.centre.coordinates) ? (item.centre.coordinates as unknown[]) : [];
    collector.add(index + 1, {
      code: item.code,
      name: item.nom,
      postcodes: item.codesPostaux,
      departement: item.codeDepartement,
      lng: centre[0],
      lat: centre[1],
    });
  });
  return { format: 'json', communes: collector.communes(), issues: collector.issues, entries: collector.entries };
}

/** Header names each field may go by, best first (after folding: lower case, no accents, `_` for spaces). */
const columnNames = {
  code: ['code_insee', 'code_commune_insee', 'insee', 'codgeo', 'code_officiel_commune', 'com'],
  name: ['nom_commune_complet', 'nom_commune', 'nom', 'libelle', 'nom_officiel_commune', 'nom_commune_postal', 'nom_de_la_commune'],
  postcodes: ['code_postal', 'codes_postaux', 'codepostal', 'cp'],
  lat: ['latitude', 'lat', 'centre_lat'],
  lng: ['longitude', 'lng', 'lon', 'long', 'centre_lon'],
  point: ['coordonnees_gps', 'coordonnees_geographiques', 'geo_point_2d'],
  departement: ['code_departement', 'codedepartement', 'departement', 'dep', 'code_dep'],
} as const;

function parseCsv(content: string): ParsedCommuneFile {
  const lines = content.split(/\r?\n/);
  const headerLine = lines[0] ?? '';
  if (headerLine.trim() === '') throw new CommuneFileError('empty');
  const delimiter = [';', ',', '\t'].reduce((best, d) => (splitCsvLine(headerLine, d).length > splitCsvLine(headerLine, best).length ? d : best), ',');
  const header = splitCsvLine(headerLine, delimiter).map((h) => searchKey(h).replace(/[\s.]+/g, '_').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, ''));
  const at = (names: readonly string[]) => names.map((n) => header.indexOf(n)).find((i) => i >= 0) ?? -1;
  const col = Object.fromEntries(Object.entries(columnNames).map(([field, names]) => [field, at(names)])) as Record<keyof typeof columnNames, number>;
  const missing = [col.code < 0 && 'code_insee', col.name < 0 && 'nom_commune', col.postcodes < 0 && 'code_postal', col.point < 0 && col.lat < 0 && 'latitude', col.point < 0 && col.lng < 0 && 'longitude'].filter(
    (m): m is string => typeof m === 'string',
  );
  if (missing.length > 0) throw new CommuneFileError('columns', missing);
  const collector = new CommuneCollector();
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const cells = splitCsvLine(line, delimiter);
    const cell = (i: number) => (i >= 0 ? cells[i] : undefined);
    const point = (cell(col.point) ?? '').split(/\s*,\s*|\s+/);
    collector.add(index + 2, {
      code: cell(col.code),
      name: cell(col.name),
      postcodes: cell(col.postcodes),
      departement: cell(col.departement),
      lat: col.lat >= 0 ? cell(col.lat) : point[0],
      lng: col.lng >= 0 ? cell(col.lng) : point[1],
    });
  });
  return { format: 'csv', communes: collector.communes(), issues: collector.issues, entries: collector.entries };
}

/** Splits one CSV line; fields may be quoted with `"` (a doubled `""` inside is a quote). */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
