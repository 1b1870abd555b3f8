import { territoryOfCode, territoryTimeZone } from '../../core/territories.js';

/** One commune ready for the `communes` table. */
export interface CommuneRow {
  readonly inseeCode: string;
  readonly name: string;
  readonly postcodes: string[];
  readonly departement: string;
  readonly lat: number;
  readonly lng: number;
  readonly timeZone: string;
}

/** Why an entry of a commune file was skipped. */
export type CommuneIssueReason = 'insee' | 'name' | 'postcode' | 'coordinates' | 'territory' | 'entry';

export interface CommuneIssue {
  /** Line of a CSV file (the header is line 1), or entry number of a JSON file. */
  readonly line: number;
  readonly reason: CommuneIssueReason;
}

/** The fields of one entry, as read from the file. */
export interface RawCommune {
  readonly code: unknown;
  readonly name: unknown;
  readonly postcodes: unknown;
  readonly lat: unknown;
  readonly lng: unknown;
  readonly departement?: unknown;
}

/** Overseas collectivities outside the supported territories (Saint-Pierre-et-Miquelon, Pacific). */
const unsupported = /^(975|98)/;

const coordinate = (value: unknown, max: number): number | null => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.trim().replace(',', '.')) : NaN;
  return Number.isFinite(n) && Math.abs(n) <= max ? n : null;
};

function postcodesOf(value: unknown): string[] | null {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,;|/]+/) : null;
  if (!items) return null;
  const codes = items.map((p) => (typeof p === 'number' ? String(p).padStart(5, '0') : typeof p === 'string' ? p.trim() : '')).filter((p) => p !== '');
  if (codes.length === 0 || !codes.every((p) => /^\d{5}$/.test(p))) return null;
  return [...new Set(codes)].sort();
}

/** Checks one entry: INSEE code, name, postcodes, WGS-84 centre; the time zone follows the territory. */
export function toCommuneRow(raw: RawCommune): CommuneRow | CommuneIssueReason {
  const code = typeof raw.code === 'string' ? raw.code.trim().toUpperCase() : typeof raw.code === 'number' ? String(raw.code).padStart(5, '0') : '';
  if (!/^(\d{5}|2[AB]\d{3})$/.test(code) || code.startsWith('99')) return 'insee';
  if (unsupported.test(code)) return 'territory';
  const name = typeof raw.name === 'string' ? raw.name.replace(/\s+/g, ' ').trim() : '';
  if (name === '' || name.length > 200) return 'name';
  const postcodes = postcodesOf(raw.postcodes);
  if (!postcodes) return 'postcode';
  const lat = coordinate(raw.lat, 90);
  const lng = coordinate(raw.lng, 180);
  if (lat === null || lng === null || (lat === 0 && lng === 0)) return 'coordinates';
  const declared = typeof raw.departement === 'string' ? raw.departement.trim().toUpperCase() : '';
  const departement = /^(\d{2,3}|2[AB])$/.test(declared) ? declared : code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
  return { inseeCode: code, name, postcodes, departement, lat, lng, timeZone: territoryTimeZone[territoryOfCode(code)] };
}

/** Collects rows by INSEE code: a commune on several lines (one per postcode) keeps its first name and centre, with every postcode. */
export class CommuneCollector {
  private readonly rows = new Map<string, CommuneRow>();
  readonly issues: CommuneIssue[] = [];
  entries = 0;

  add(line: number, raw: RawCommune): void {
    this.entries++;
    const row = toCommuneRow(raw);
    if (typeof row === 'string') {
      this.issues.push({ line, reason: row });
      return;
    }
    const known = this.rows.get(row.inseeCode);
    this.rows.set(row.inseeCode, known ? { ...known, postcodes: [...new Set([...known.postcodes, ...row.postcodes])].sort() } : row);
  }

  skip(line: number, reason: CommuneIssueReason): void {
    this.entries++;
    this.issues.push({ line, reason });
  }

  communes(): CommuneRow[] {
    return [...this.rows.values()];
  }
}
