/**
 * Columns of the Annuaire Santé public extract (`PS_LibreAcces_Personne_activite_*.txt`),
 * found by normalised header name, never by position: the wording drifts between
 * versions ("Libellé civilité exercice" / "… d'exercice", "(coord. Structure)",
 * "Code département (coord. structure)" / "Code Département (structure)") and newer
 * files add columns (52 → 56).
 */

/** The columns the directory reads; the others are ignored. */
export const extractFields = [
  'idType',
  'identifier',
  'idNat',
  'exerciseCivility',
  'civility',
  'lastName',
  'firstName',
  'professionCode',
  'professionLabel',
  'savoirFaireType',
  'savoirFaireCode',
  'savoirFaireLabel',
  'exerciseMode',
  'siret',
  'finess',
  'structureId',
  'structureName',
  'structureSign',
  'streetNumber',
  'streetIndex',
  'streetType',
  'streetName',
  'cedexOffice',
  'postcode',
  'communeCode',
  'communeName',
  'phone',
  'phone2',
  'email',
  'functionCode',
  'activityKind',
] as const;
export type ExtractField = (typeof extractFields)[number];

/** Normalised header names accepted for each field (see `normaliseHeader`). */
const aliases: Readonly<Record<ExtractField, readonly string[]>> = {
  idType: ['type identifiant pp'],
  identifier: ['identifiant pp'],
  idNat: ['identification nationale pp'],
  exerciseCivility: ['libelle civilite exercice'],
  civility: ['libelle civilite'],
  lastName: ['nom exercice'],
  firstName: ['prenom exercice'],
  professionCode: ['code profession'],
  professionLabel: ['libelle profession'],
  savoirFaireType: ['code type savoir faire'],
  savoirFaireCode: ['code savoir faire'],
  savoirFaireLabel: ['libelle savoir faire'],
  exerciseMode: ['code mode exercice'],
  siret: ['numero siret site'],
  finess: ['numero finess site'],
  structureId: ['identifiant technique structure', 'identifiant structure'],
  structureName: ['raison sociale site'],
  structureSign: ['enseigne commerciale site'],
  streetNumber: ['numero voie'],
  streetIndex: ['indice repetition voie'],
  streetType: ['libelle type voie'],
  streetName: ['libelle voie'],
  cedexOffice: ['bureau cedex'],
  postcode: ['code postal'],
  communeCode: ['code commune'],
  communeName: ['libelle commune'],
  phone: ['telephone'],
  phone2: ['telephone 2'],
  email: ['adresse e mail', 'adresse email', 'adresse mail', 'e mail', 'email'],
  functionCode: ['code fonction'],
  activityKind: ['code genre activite'],
};

/** Fields without which a file cannot be imported. */
export const requiredFields: readonly ExtractField[] = ['lastName', 'firstName', 'professionCode'];

const stopWords = new Set(['d', 'de', 'du', 'des', 'l', 'la', 'le']);

/**
 * Lower-case, accent-free header name without its parenthesised suffix
 * ("(coord. structure)", "(structure)"), apostrophes, hyphens and French
 * articles: "Libellé civilité d'exercice" → "libelle civilite exercice".
 */
export function normaliseHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[’'`\-_.]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !stopWords.has(word))
    .join(' ');
}

/** Position of each known field in the header (-1 when absent). */
export type ColumnMap = Readonly<Record<ExtractField, number>>;

export type HeaderMapping =
  | { readonly ok: true; readonly columns: ColumnMap; readonly count: number }
  | { readonly ok: false; readonly missing: readonly ExtractField[] };

/**
 * Maps header cells (the trailing empty cell already dropped) to fields. The
 * first column with an accepted name wins. Needs the names, the profession and
 * an identifier (either `Identification nationale PP` or `Identifiant PP`).
 */
export function mapHeader(cells: readonly string[]): HeaderMapping {
  const positions = new Map<string, number>();
  cells.forEach((cell, index) => {
    const key = normaliseHeader(cell);
    if (!positions.has(key)) positions.set(key, index);
  });
  const columns = Object.fromEntries(
    extractFields.map((field) => [field, aliases[field].map((alias) => positions.get(alias)).find((i) => i !== undefined) ?? -1]),
  ) as Record<ExtractField, number>;
  const missing = requiredFields.filter((field) => columns[field] < 0);
  if (columns.idNat < 0 && columns.identifier < 0) missing.unshift('idNat');
  return missing.length > 0 ? { ok: false, missing } : { ok: true, columns, count: cells.length };
}
