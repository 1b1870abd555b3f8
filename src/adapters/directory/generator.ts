import { luhnCheckDigit } from '../../core/validators/index.js';
import { seededRandom, type Random } from '../db/seed/random.js';
import { formatLine, officialHeader, type Layout } from './format.js';
import { exerciseModes, pharmacistSections, phonePrefix, professionSpecs, sectors, streetNames, streetTypes, type ProfessionSpec } from './generator-data.js';
import { femaleFirstNames, maleFirstNames, surnames, zipfPicker } from './names.js';

/** A commune the synthetic professionals practise in. */
export interface GenCommune {
  readonly code: string;
  readonly name: string;
  readonly postcodes: readonly string[];
  readonly departement: string;
  readonly departementName: string;
  /** Weight of the commune (its population). */
  readonly population: number;
}

export interface GenerateOptions {
  readonly rows: number;
  readonly seed: number;
  readonly layout: Layout;
  readonly communes: readonly GenCommune[];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const stripAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
/** `n` (≤ 15) random digits, faster than `Random.digits`. */
const digits = (random: Random, n: number): string => pad(Math.floor(random.next() * 10 ** n), n);
const phonePrefixes = new Map<string, string>();
const prefixOf = (departement: string): string => {
  let prefix = phonePrefixes.get(departement);
  if (prefix === undefined) {
    prefix = phonePrefix(departement);
    phonePrefixes.set(departement, prefix);
  }
  return prefix;
};
/** Upper-case forms of a name list, with and without accents. */
const upperForms = (names: readonly string[]): { accented: string[]; plain: string[] } => ({
  accented: names.map((n) => n.toUpperCase()),
  plain: names.map((n) => stripAccents(n).toUpperCase()),
});

/** The `index`-th RPPS of a seed: distinct for distinct indexes below 10⁸ (odd multiplier prime to 5), Luhn key. */
export function syntheticRpps(index: number, seed: number): string {
  const partial = `10${pad((index * 48_271 + seed * 7_919) % 100_000_000, 8)}`;
  return partial + luhnCheckDigit(partial);
}

const totals = new WeakMap<object, number>();

function weighted<T>(random: Random, items: readonly (readonly [number, T])[]): T {
  let total = totals.get(items);
  if (total === undefined) {
    total = items.reduce((sum, [w]) => sum + w, 0);
    totals.set(items, total);
  }
  let target = random.next() * total;
  for (const [w, item] of items) {
    target -= w;
    if (target < 0) return item;
  }
  const last = items[items.length - 1];
  if (!last) throw new Error('weighted pick from an empty list');
  return last[1];
}

/**
 * Lines of a synthetic `PS_LibreAcces_Personne_activite` extract, header first,
 * without line endings: deterministic for a seed, 1–3 rows (practice
 * situations) per professional, exactly `rows` data lines.
 */
export function* syntheticExtractLines(options: GenerateOptions): Generator<string> {
  const random = seededRandom(options.seed);
  const surname = zipfPicker(surnames.length);
  const female = zipfPicker(femaleFirstNames.length);
  const male = zipfPicker(maleFirstNames.length);
  const communePick = cumulativePicker(options.communes.map((c) => Math.max(1, c.population)));
  const professions = professionSpecs.map((p) => [p.weight, p] as const);
  const last = upperForms(surnames);
  const women = upperForms(femaleFirstNames);
  const men = upperForms(maleFirstNames);
  const siteCounts = [[70, 1], [22, 2], [8, 3]] as const;
  const adeliOrders = new Map<string, number>();
  let structure = 0;
  yield formatLine(officialHeader(options.layout));

  let written = 0;
  for (let person = 0; written < options.rows; person++) {
    const spec = weighted(random, professions);
    const isFemale = random.chance(spec.femaleShare);
    const firstIndex = isFemale ? female(random.next()) : male(random.next());
    const lastIndex = surname(random.next());
    const form = random.chance(0.3) ? 'accented' : 'plain';
    const [idType, identifier] = identity(spec, person, options.seed, random, adeliOrders, options.communes);
    // Cells by position in the official 56-column layout (see format.ts).
    const base = new Array<string>(56).fill('');
    base[0] = idType;
    base[1] = identifier;
    base[2] = idType + identifier;
    if (spec.doctor) [base[3], base[4]] = ['DR', 'Docteur'];
    [base[5], base[6]] = isFemale ? ['MME', 'Madame'] : ['M', 'Monsieur'];
    [base[7], base[8]] = [last[form][lastIndex] ?? '', (isFemale ? women : men)[form][firstIndex] ?? ''];
    [base[9], base[10], base[11], base[12]] = [spec.code, spec.label, 'C', 'Civil'];
    base[47] = spec.authority;
    if (spec.code === '21') [base[50], base[51]] = random.pick(pharmacistSections);

    const sites = Math.min(options.rows - written, weighted(random, siteCounts));
    for (let s = 0; s < sites; s++) {
      const cells = base.slice();
      if (spec.savoirFaire.length > 0) {
        const sf = weighted(random, spec.savoirFaire);
        [cells[13], cells[14], cells[15], cells[16]] = [sf.type, sf.typeLabel, sf.code, sf.label];
      }
      if (!(sites === 1 && random.chance(0.02))) {
        const commune = options.communes[communePick(random.next())];
        if (commune) fillSite(cells, commune, spec, ++structure, random, base[7] ?? '');
      }
      yield formatLine(cells.slice(0, options.layout));
      written++;
    }
  }
}

function identity(spec: ProfessionSpec, person: number, seed: number, random: Random, orders: Map<string, number>, communes: readonly GenCommune[]): [string, string] {
  if (random.chance(spec.adeliShare)) {
    const dept = communes[random.int(0, communes.length - 1)]?.departement ?? '';
    const key = `${dept}${spec.code}`;
    const order = orders.get(key) ?? 0;
    if (/^\d\d$/.test(dept) && order < 10_000) {
      orders.set(key, order + 1);
      const partial = `${key}${pad(order, 4)}`;
      return ['0', partial + luhnCheckDigit(partial)];
    }
  }
  return ['8', syntheticRpps(person, seed)];
}

function fillSite(cells: string[], commune: GenCommune, spec: ProfessionSpec, structure: number, random: Random, lastName: string): void {
  const [mode, modeLabel] = random.chance(0.72) ? (exerciseModes[0] ?? ['L', 'Libéral']) : random.chance(0.95) ? (exerciseModes[1] ?? ['S', 'Salarié']) : (exerciseModes[2] ?? ['B', 'Bénévole']);
  [cells[17], cells[18]] = [mode, modeLabel];
  const postcode = commune.postcodes[random.int(0, Math.max(0, commune.postcodes.length - 1))] ?? '';
  const city = commune.name.toUpperCase();
  cells[23] = `R1${pad(structure, 10)}`;
  if (mode === 'S') {
    const finess = `${commune.departement.slice(0, 2)}${digits(random, 7)}`;
    [cells[21], cells[22]] = [finess, `${commune.departement.slice(0, 2)}${digits(random, 7)}`];
    cells[24] = random.chance(0.5) ? `CENTRE HOSPITALIER DE ${city}` : `CENTRE DE SANTÉ ${random.pick(streetNames)}`;
    [cells[48], cells[49]] = random.pick(sectors.S);
  } else {
    const siren = digits(random, 9);
    [cells[19], cells[20]] = [`${siren}${digits(random, 5)}`, siren];
    cells[24] = spec.code === '21' ? `PHARMACIE ${random.pick(streetNames)}` : spec.doctor ? `CABINET DU DR ${lastName}` : `CABINET ${lastName}`;
    [cells[48], cells[49]] = random.pick(sectors.L);
  }
  if (random.chance(0.015)) cells[25] = `${spec.code === '21' ? 'PHARMACIE' : 'CABINET'} "LES ${random.pick(['TILLEULS', 'ACACIAS', 'PINS', 'SOURCES'])}"`;
  if (random.chance(0.1)) cells[27] = random.pick(['BATIMENT A', 'RÉSIDENCE LES PINS', 'ZAC DU CENTRE', '2E ÉTAGE']);
  cells[28] = String(random.int(1, 180));
  if (random.chance(0.05)) cells[29] = random.pick(['B', 'T', 'Q']);
  [cells[30], cells[31]] = random.pick(streetTypes);
  cells[32] = random.pick(streetNames);
  cells[34] = `${postcode} ${city}`;
  cells[35] = postcode;
  cells[36] = random.chance(0.97) ? commune.code : '';
  cells[37] = commune.name;
  const prefix = prefixOf(commune.departement);
  cells[40] = prefix + digits(random, 10 - prefix.length);
  if (random.chance(0.05)) cells[43] = `${stripAccents(lastName).toLowerCase().replace(/[^a-z]/g, '')}.cabinet@${random.pick(['orange.fr', 'wanadoo.fr', 'gmail.com', 'sante.fr'])}`;
  [cells[44], cells[45]] = [commune.departement, commune.departementName];
  if (random.chance(0.3)) cells[46] = `4${digits(random, 14)}`;
  if (mode === 'L') [cells[54], cells[55]] = ['GENR01', 'Activité standard de soins'];
}

/** Index drawn in proportion to `weights`, given a uniform number in [0, 1). */
function cumulativePicker(weights: readonly number[]): (uniform: number) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    cumulative[i] = total;
  });
  return (uniform) => {
    const target = uniform * total;
    let low = 0;
    let high = weights.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cumulative[mid] ?? total) < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}
