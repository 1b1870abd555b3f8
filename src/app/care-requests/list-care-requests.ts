import type { Actor } from '../../core/actor.js';
import { DEFAULT_PERIOD, type CareRequestPeriod, type CareRequestScope, type CareRequestSort } from '../../core/care-requests/dashboard.js';
import type { CareRequestStatus } from '../../core/care-requests/types.js';
import { loadCatalogue } from './catalogue.js';
import type { CareRequestsDeps } from './deps.js';
import { decodeCursor, encodeCursor } from './list-cursor.js';
import type { CareRequestListScope } from './list-query.js';
import { toSummary, totalOffers } from './present.js';
import type { CareRequestSummary } from './views.js';

export const LIST_PAGE_SIZE = 50;
export const LIST_PAGE_MAX = 100;
const LINES_PER_REQUEST = 3;
const MAX_WORDS = 8;

export interface CareRequestListFilter {
  readonly scope?: CareRequestScope | undefined;
  readonly days?: CareRequestPeriod | undefined;
  /** MOT-CLÉ: words of the patient's names and commune, the comment, the requester's and performer's names, the tags or the fiche number (#12345678). */
  readonly q?: string | undefined;
  readonly tag?: string | undefined;
  readonly status?: CareRequestStatus | undefined;
  readonly sort?: CareRequestSort | undefined;
  readonly limit?: number | undefined;
  /** `nextCursor` of the previous page, with the same filter. */
  readonly cursor?: string | undefined;
}

export interface CareRequestPage {
  readonly careRequests: CareRequestSummary[];
  /** Null on the last page. */
  readonly nextCursor: string | null;
}

function scopeOf(actor: Actor, scope: CareRequestScope): CareRequestListScope {
  const { userId, organisationId } = actor;
  return scope === 'mine' ? { kind: 'mine', userId, organisationId } : { kind: 'supervised', userId, organisationId, ...actor.supervises };
}

/** The keyword's words; "#22421371" is looked for as the number 22421371. */
function wordsOf(q: string | undefined): string[] {
  const words = (q ?? '').trim().split(/\s+/).filter(Boolean);
  return words.slice(0, MAX_WORDS).map((word) => (/^#\d+$/.test(word) ? word.slice(1) : word));
}

/**
 * The dashboard: one page of "Mes fiches" (made by the actor or their organisation) or of "Fiches
 * supervisées" (made in the organisations or by the members of the networks the actor supervises, and
 * not already among "Mes fiches"), created in the period, filtered, newest first (or latest activity
 * first), with their latest horodatage lines. A page is read in a fixed number of queries whatever its
 * size (the page, then its contexts, offer counts, horodatage lines, tags and the Soins catalogue), and
 * its patients' reads are logged in one insert.
 */
export async function listCareRequests(deps: CareRequestsDeps, actor: Actor, filter: CareRequestListFilter): Promise<CareRequestPage> {
  const now = deps.clock.now();
  const sort = filter.sort ?? 'created';
  const limit = Math.min(filter.limit ?? LIST_PAGE_SIZE, LIST_PAGE_MAX);
  const after = filter.cursor ? decodeCursor(filter.cursor, sort) : null;
  const tag = filter.tag?.trim() || null;
  // Read committed gives each statement its own snapshot: a transaction would add nothing to these reads.
  // They run one after the other: side by side they took as long on two cores, and held more connections.
  const { stores } = deps;
  const rows = await stores.careRequests.list({
    scope: scopeOf(actor, filter.scope ?? 'mine'),
    since: new Date(now.getTime() - (filter.days ?? DEFAULT_PERIOD) * 86_400_000),
    words: wordsOf(filter.q),
    tag,
    status: filter.status ?? null,
    sort,
    after,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const ids = page.map((row) => row.record.id);
  const contexts = await stores.careRequests.contexts(ids);
  const counts = await stores.rounds.offerCounts(ids);
  const timelines = await stores.timeline.latest(ids, LINES_PER_REQUEST);
  const tags = await stores.tags.ofRequests(ids);
  const catalogue = await loadCatalogue(stores.careActs);
  await stores.patients.logReads([...new Set(page.map((row) => row.record.patientId))], actor.userId, now);
  const careRequests = page.flatMap(({ record }) => {
    const context = contexts.get(record.id);
    if (!context) return [];
    const parts = { context, offerCount: totalOffers(counts, record.id), timeline: timelines.get(record.id) ?? [], tags: tags.get(record.id) ?? [] };
    return [toSummary(record, { ...parts, visibility: 'full', viewerPractice: null, catalogue, now })];
  });
  const last = page.at(-1);
  return { careRequests, nextCursor: rows.length > limit && last ? encodeCursor(sort, last.position) : null };
}
