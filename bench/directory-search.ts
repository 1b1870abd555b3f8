/** Search-as-you-type sampling for the directory benchmark. */
import type { DirectoryService, DirectorySearchInput } from '../src/app/directory/index.js';
import { createDirectoryService } from '../src/app/directory/index.js';
import type { DatabaseHandle } from '../src/adapters/db/client.js';
import { createDirectoryStore } from '../src/adapters/db/stores/directory.js';
import { createPlatformProfessionalFinder } from '../src/adapters/db/stores/directory-users.js';
import { seededRandom } from '../src/adapters/db/seed/random.js';
import { femaleFirstNames, maleFirstNames, surnames, zipfPicker } from '../src/adapters/directory/names.js';
import type { Actor } from '../src/core/actor.js';
import { usualProfessionalRoles } from '../src/core/directory/index.js';
import { searchKey } from '../src/core/text.js';

const actor: Actor = { userId: '00000000-0000-4000-8000-000000000000', profession: 'infirmier', organisationId: null, isAdmin: false, supervises: { organisationIds: [], networkIds: [] } };

export interface SearchFigures {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  /** Share of the queries that found someone. */
  readonly hitRate: number;
  readonly meanResults: number;
}

/**
 * Queries drawn like the generator draws people (same name lists, same skew):
 * the first 3 letters of a surname and of a first name, a random role — or,
 * with `typo`, the whole surname with one letter changed and 4 letters of the
 * first name (the fuzzy fallback).
 */
export function sampleQueries(n: number, seed: number, typo = false): DirectorySearchInput[] {
  const random = seededRandom(seed);
  const surname = zipfPicker(surnames.length);
  const female = zipfPicker(femaleFirstNames.length);
  const male = zipfPicker(maleFirstNames.length);
  // Names under 3 letters ("LE", "LI") cannot be searched: the form asks for 3 letters.
  const draw = (): string => {
    for (;;) {
      const name = searchKey(surnames[surname(random.next())] ?? 'martin');
      if (name.replace(/[^a-z]/g, '').length >= 3) return name;
    }
  };
  return Array.from({ length: n }, () => {
    const last = draw();
    const first = searchKey((random.chance(0.6) ? femaleFirstNames[female(random.next())] : maleFirstNames[male(random.next())]) ?? 'marie');
    const profession = random.pick(usualProfessionalRoles);
    if (!typo) return { profession, lastName: typed(last, 3), firstName: typed(first, 3) };
    const at = random.int(1, Math.max(1, last.length - 1));
    const changed = `${last.slice(0, at)}${random.pick(['e', 'i', 'y', 'a'])}${last.slice(at + 1)}`;
    return { profession, lastName: changed, firstName: typed(first, 4) };
  });
}

/** The start of a search key holding `letters` letters ("le goff" → "le g"). */
function typed(key: string, letters: number): string {
  let count = 0;
  for (let i = 0; i < key.length; i++) {
    if (/\p{L}/u.test(key[i] ?? '') && ++count === letters) return key.slice(0, i + 1);
  }
  return key;
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Times `queries` through the search use case, after `warmUp` untimed ones. */
export async function timeSearches(service: DirectoryService, queries: readonly DirectorySearchInput[], warmUp: number): Promise<SearchFigures> {
  for (const query of queries.slice(0, warmUp)) await service.search(actor, query);
  const samples: number[] = [];
  let hits = 0;
  let results = 0;
  for (const query of queries.slice(warmUp)) {
    const start = performance.now();
    const found = await service.search(actor, query);
    samples.push(performance.now() - start);
    if (found.length > 0) hits++;
    results += found.length;
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples.at(-1) ?? NaN, hitRate: hits / samples.length, meanResults: results / samples.length };
}

/** The directory use case over a database, as the app wires it. */
export function directoryService(database: DatabaseHandle): DirectoryService {
  return createDirectoryService({ directory: createDirectoryStore(database.db), platform: createPlatformProfessionalFinder(database.db) });
}

export function describeSearch(figures: SearchFigures): string {
  return `p50 ${figures.p50.toFixed(2)} ms · p95 ${figures.p95.toFixed(2)} ms · max ${figures.max.toFixed(1)} ms (${Math.round(figures.hitRate * 100)} % found someone, ${figures.meanResults.toFixed(1)} results on average)`;
}
