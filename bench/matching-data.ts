/**
 * The matching benchmark's national data set: care professionals placed with
 * the population density of metropolitan France (bench/matching-places.ts),
 * with their acts, modes, radius, weekly hours, absences and CPTS networks —
 * as CSV text per table, loaded by COPY on both drivers — and requests placed
 * like patients.
 */
import { defaultCareActs } from '../src/core/care-acts.js';
import { startWindow } from '../src/core/care-requests/window.js';
import type { MatchCriteria } from '../src/core/care-requests/types.js';
import type { CareMode, CareProfession } from '../src/core/professions.js';
import { seededRandom, type Random } from '../src/adapters/db/seed/random.js';
import { frenchPlaces } from './matching-places.js';

/** Share of each care profession among the users (nurses first, as in the RPPS). */
const professionWeights: Readonly<Record<CareProfession, number>> = {
  infirmier: 0.4,
  medecin_generaliste: 0.25,
  masseur_kinesitherapeute: 0.2,
  pharmacien: 0.1,
  sage_femme: 0.05,
};
/** Share of users offering each mode. */
const modeShares: Readonly<Record<CareMode, number>> = { visite: 0.85, consultation: 0.6, visio: 0.3, conseil: 0.25, telemedecine: 0.15 };
/** Share of requests asking each mode. */
const requestModes: readonly [CareMode, number][] = [
  ['visite', 0.7],
  ['consultation', 0.15],
  ['visio', 0.07],
  ['conseil', 0.05],
  ['telemedecine', 0.03],
];

/** Monday 2026-11-30, 08:00 in Paris: requests start from there. */
export const BENCH_NOW = new Date('2026-11-30T07:00:00Z');
const FIRST_DAY = Date.parse('2026-11-30T00:00:00Z');
const day = (offset: number): string => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);

export interface MatchingDataset {
  /** CSV bodies (no header), in load order, with their column lists. */
  readonly tables: readonly { readonly table: string; readonly columns: readonly string[]; readonly csv: string; readonly rows: number }[];
  readonly activeUsers: number;
  readonly description: string;
}

function weighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  let x = random.next() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  const last = items.at(-1);
  if (!last) throw new Error('weighted pick from nothing');
  return last[0];
}

/** A version-4-shaped UUID from the seeded generator (the data set is the same on every run). */
function uuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random.next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** One CPTS per département, with a readable id (Corsica's 2A and 2B as 201 and 202). */
const networkIdOf = (departement: string): string =>
  `00000000-0000-4000-8000-${({ '2A': '201', '2B': '202' } as Record<string, string>)[departement] ?? departement.padStart(3, '0')}000000000`;

/**
 * `activeUsers` active professionals of the five care professions and 3 % more
 * inactive ones: 2 % without a practice position, radius 5–30 km, each act of
 * their profession with p 0.7 (Autre Soins 0.3), modes as `modeShares`; 85 %
 * with weekly hours (weekdays with p 0.9, morning and afternoon slots, some
 * Saturday mornings), the others none (always available); 15 % with one or two
 * absences of 1–14 days in the 8 weeks from BENCH_NOW; 35 % members of their
 * département's CPTS (one network per département).
 * With `postgis`, the users rows carry a `practice_geog` column (EWKT).
 */
export function matchingDataset(activeUsers: number, seed: number, postgis: boolean): MatchingDataset {
  const random = seededRandom(seed);
  const places = frenchPlaces();
  const users: string[] = [];
  const hours: string[] = [];
  const absences: string[] = [];
  const members: string[] = [];
  const networks = places.departements.map((d) => `${networkIdOf(d)},CPTS ${d},cpts`);
  const total = Math.round(activeUsers * 1.03);
  let hourId = 0;
  const rowId = (): string => `00000000-0000-4000-9000-${(++hourId).toString().padStart(12, '0')}`;
  for (let i = 0; i < total; i++) {
    const id = uuid(random);
    const profession = weighted(random, Object.entries(professionWeights) as [CareProfession, number][]);
    const place = places.draw(random);
    const hasPractice = !random.chance(0.02);
    const acts = defaultCareActs[profession].filter((act) => random.chance(act === 'autre' ? 0.3 : 0.7));
    const modes = (Object.entries(modeShares) as [CareMode, number][]).filter(([, share]) => random.chance(share)).map(([mode]) => mode);
    const radius = 5 + Math.round(random.next() * 250) / 10;
    const lat = hasPractice ? place.lat.toFixed(6) : '';
    const lng = hasPractice ? place.lng.toFixed(6) : '';
    const active = i < activeUsers ? 't' : 'f';
    const columns = [id, `bench-${i}@declic.test`, 'Prénom', `NOM${i}`, profession, active, lat, lng, String(radius), `"{${acts.join(',')}}"`, `"{${modes.join(',')}}"`];
    if (postgis) columns.push(hasPractice ? `SRID=4326;POINT(${lng} ${lat})` : '');
    users.push(columns.join(','));
    if (random.chance(0.85)) {
      for (let weekday = 1; weekday <= 6; weekday++) {
        if (!random.chance(weekday === 6 ? 0.4 : 0.9)) continue;
        const morning = 7 * 60 + random.int(0, 8) * 15;
        hours.push(`${rowId()},${id},${weekday},${morning},${morning + 4 * 60}`);
        if (weekday < 6 && random.chance(0.85)) {
          const afternoon = 13 * 60 + random.int(0, 8) * 15;
          hours.push(`${rowId()},${id},${weekday},${afternoon},${Math.min(1440, afternoon + random.int(4, 6) * 60)}`);
        }
      }
    }
    if (random.chance(0.15)) {
      for (let a = random.int(1, 2); a > 0; a--) {
        const start = random.int(-7, 56);
        absences.push(`${rowId()},${id},${day(start)},${day(start + random.int(0, 13))}`);
      }
    }
    if (random.chance(0.35)) members.push(`${networkIdOf(place.departement)},${id}`);
  }
  const userColumns = ['id', 'email', 'first_name', 'last_name', 'profession', 'active', 'practice_lat', 'practice_lng', 'service_radius_km', 'care_acts', 'care_modes'];
  if (postgis) userColumns.push('practice_geog');
  const table = (name: string, columns: string[], rows: string[]) => ({ table: name, columns, csv: `${rows.join('\n')}\n`, rows: rows.length });
  return {
    activeUsers,
    tables: [
      table('networks', ['id', 'name', 'kind'], networks),
      table('users', userColumns, users),
      table('working_hours', ['id', 'user_id', 'weekday', 'start_minute', 'end_minute'], hours),
      table('absences', ['id', 'user_id', 'starts_on', 'ends_on'], absences),
      table('network_members', ['network_id', 'user_id'], members),
    ],
    description:
      `${activeUsers.toLocaleString('fr-FR')} active care professionals + ${(total - activeUsers).toLocaleString('fr-FR')} inactive (seed ${seed}), ` +
      `placed by population density (${places.description}); ${hours.length.toLocaleString('fr-FR')} weekly slots, ` +
      `${absences.length.toLocaleString('fr-FR')} absences, ${members.length.toLocaleString('fr-FR')} network memberships in ${networks.length} CPTS`,
  };
}

export type BenchRequest = MatchCriteria & { readonly excludeUserIds: readonly string[]; readonly limit: number };

/**
 * Requests as the app makes them, patients placed with the same density:
 * profession as the users; 0–2 acts of its catalogue (Autre Soins among them);
 * modes per `requestModes`; 15 % re-triggers with a widened radius of 20–50 km;
 * 10 % restricted to the CPTS of the patient's département; half with a Date
 * d'inter in the next 3 weeks, half with a Délai d'inter from BENCH_NOW.
 */
export function matchingRequests(n: number, seed: number, limit: number): BenchRequest[] {
  const random = seededRandom(seed);
  const places = frenchPlaces();
  const delays = [60, 120, 240, 720, 1440, 2880, 4320];
  return Array.from({ length: n }, () => {
    const profession = weighted(random, Object.entries(professionWeights) as [CareProfession, number][]);
    const place = places.draw(random);
    const catalogue = defaultCareActs[profession];
    const careActs = [...new Set(Array.from({ length: random.int(0, 2) }, () => random.pick(catalogue)))];
    const startOn = random.chance(0.5) ? day(random.int(0, 20)) : null;
    const window = startWindow({ startOn, startWithinMinutes: startOn === null ? random.pick(delays) : null, timeZone: 'Europe/Paris' }, BENCH_NOW);
    return {
      profession,
      careActs,
      careMode: weighted(random, requestModes),
      patient: { lat: place.lat, lng: place.lng },
      radiusKm: random.chance(0.15) ? random.int(20, 50) : null,
      networkIds: random.chance(0.1) ? [networkIdOf(place.departement)] : null,
      window,
      excludeUserIds: [],
      limit,
    };
  });
}
