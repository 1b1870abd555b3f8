import { sql, type SQL } from 'drizzle-orm';
import type { Candidate, CandidateFinder } from '../../../app/care-requests/ports.js';
import { OTHER_CARE_ACT, remoteCareModes, type MatchCriteria, type ProfessionalFacts } from '../../../core/care-requests/types.js';
import { professions } from '../../../core/professions.js';
import { isUuid } from '../../../core/validators/index.js';
import type { Db } from '../client.js';
import { arrayLiteral } from './sql-arrays.js';

export type CandidateQuery = MatchCriteria & { readonly excludeUserIds: readonly string[]; readonly limit: number };

/**
 * Service radii up to this many km are "near": a nearest-first scan of the
 * practices within max(NEAR_KM, asked radius) of the patient finds every
 * candidate at that distance; the few users with a wider radius are looked up
 * by their service area (`users_service_area_wide_idx`, whose predicate
 * repeats this number). ADR 0006.
 */
export const NEAR_KM = 30;

/** Half the circumference of earthdistance's sphere: a box of that radius holds the whole Earth. */
const WHOLE_EARTH_KM = 20_038;

interface Position {
  readonly lat: number;
  readonly lng: number;
}

/**
 * How the candidate query reaches and measures practices (`u` is the users
 * row). The app uses `earthGeography`; the matching benchmark swaps in PostGIS
 * to compare, every other part of the query being the same.
 */
export interface Geography {
  /** An ordering key growing with the distance from `u`'s practice to the patient, that an index serves nearest first. */
  nearest(patient: Position): SQL;
  /** Great-circle metres from `u`'s practice to the patient (null without a practice). */
  metres(patient: Position): SQL;
  /** Index condition: `u`'s practice within `km` of the patient (may keep a few farther ones). */
  within(patient: Position, km: number): SQL;
  /** Index condition for the users with a radius over NEAR_KM: their service area may hold the patient. */
  wideAreaMayHold(patient: Position): SQL;
}

/** earthdistance's `earth()`: metres. */
const EARTH_RADIUS_M = 6378168;

/**
 * The practice as a point of earthdistance's `earth` (metres from the centre
 * of the Earth): `ll_to_earth`'s own arithmetic, written with C functions only.
 * `ll_to_earth` is an SQL function that PostgreSQL 15 does not inline (strict,
 * with a domain cast): per row it costs ~30× more, and in an index expression
 * it is resolved through the search_path, which ANALYZE, autovacuum and
 * pg_restore empty — they fail with `type "earth" does not exist`. Written
 * character for character as in the indexes of `users` (schema.ts): the
 * planner matches index expressions by their parsed form. Null without a practice.
 */
const POINT =
  'cube(cube(cube(6378168::float8 * cos(radians(u.practice_lat)) * cos(radians(u.practice_lng))), 6378168::float8 * cos(radians(u.practice_lat)) * sin(radians(u.practice_lng))), 6378168::float8 * sin(radians(u.practice_lat)))';
const practicePoint = sql.raw(POINT);
/** The practice widened by the service radius: the box holds the whole disc (an arc is longer than its chord). */
const serviceAreaBox = sql.raw(`cube_enlarge(${POINT}, u.service_radius_km * 1000, 3)`);
const earthOf = (p: Position): SQL => sql`ll_to_earth(${p.lat}::float8, ${p.lng}::float8)`;

/** Geography with the cube + earthdistance extensions and the GiST indexes of ADR 0006. */
export const earthGeography: Geography = {
  // The chord (`<->`) grows with the great-circle distance: a nearest-first scan of users_practice_*_idx.
  nearest: (patient) => sql`${practicePoint} <-> ${earthOf(patient)}`,
  // earthdistance's sec_to_gc(cube_distance(…)), written out (sec_to_gc is not inlined either); `least` would turn a null into 1.
  metres: (patient) =>
    sql`(case when u.practice_lat is not null then ${2 * EARTH_RADIUS_M}::float8 * asin(least(1, cube_distance(${practicePoint}, ${earthOf(patient)}) / ${2 * EARTH_RADIUS_M}::float8)) end)`,
  within: (patient, km) => sql`${practicePoint} <@ earth_box(${earthOf(patient)}, ${km * 1000}::float8)`,
  wideAreaMayHold: (patient) => sql`${serviceAreaBox} @> ${earthOf(patient)}`,
};

/**
 * Rules on the user row itself: active, profession, care acts, care mode,
 * excluded ids, network, availability. The profession is written as a literal (checked
 * against the list) so that the planner proves the per-profession partial
 * indexes whatever the driver's plan caching.
 */
function userFilters(criteria: CandidateQuery): SQL {
  const acts = criteria.careActs.filter((act) => act !== OTHER_CARE_ACT);
  const network =
    criteria.networkIds === null
      ? sql``
      : sql` and u.id in (select m.user_id from network_members m where m.network_id = any(${arrayLiteral(criteria.networkIds.filter(isUuid))}::uuid[]))`;
  return sql`u.active and u.profession = ${sql.raw(`'${criteria.profession}'`)}
    and u.care_acts @> ${arrayLiteral(acts)}::text[] and u.care_modes @> array[${criteria.careMode}::text]
    and u.id <> all(${arrayLiteral(criteria.excludeUserIds.filter(isUuid))}::uuid[])${network}
    and ${available(criteria.window)}`;
}

/**
 * Available at some segment of the window: a day in none of the user's
 * absences, and a slot of that weekday overlapping the segment or no working
 * hours at all. Tested on the row being walked, through the copies the
 * triggers keep on `users` (hours as minutes of the week, absences as days):
 * no probe of another table per practice read (ADR 0006).
 */
function available(window: MatchCriteria['window']): SQL {
  const segments = window.map((s) => {
    const weekStart = (s.weekday - 1) * 1440;
    return sql`((u.absent_days is null or not u.absent_days @> ${s.date}::date)
      and (u.weekly_hours is null or u.weekly_hours && int4range(${weekStart + s.fromMinute}::int, ${weekStart + s.toMinute}::int)))`;
  });
  return sql`(${sql.join(segments, sql` or `)})`;
}

/**
 * The candidate query, one statement. Each branch applies the rules on the
 * user row and the distance and yields its users nearest first (`offset 0`
 * keeps each branch's nearest-first walk whole); the outer level merges the
 * branches in distance order and stops at the limit.
 * - Local care modes (visite, consultation): a nearest-first scan of the
 *   profession's practices within max(NEAR_KM, asked radius) of the patient,
 *   and the users of a wider radius whose area holds the patient beyond that.
 * - Remote care modes: a nearest-first scan of all the profession's practices,
 *   and the users without a practice (no distance: last).
 * - Restricted to networks: the members of those networks, sorted (a CPTS has
 *   at most a few thousand members: fewer rows than a scan around the patient).
 * Equal distances come in no particular order.
 */
export function candidateQuery(criteria: CandidateQuery, geography: Geography = earthGeography): SQL {
  if (!(professions as readonly string[]).includes(criteria.profession)) throw new Error(`unknown profession ${criteria.profession}`);
  const patient = criteria.patient;
  const filters = userFilters(criteria);
  const metres = geography.metres(patient);
  const nearest = geography.nearest(patient);
  const branch = (where: SQL): SQL =>
    sql`(select u.id, ${nearest} as nearest, ${metres} as metres from users u where ${filters} and ${where} order by nearest offset 0)`;
  const remote = remoteCareModes.includes(criteria.careMode);
  const reach = sql`u.practice_lat is not null and ${metres} <= greatest(u.service_radius_km, ${criteria.radiusKm ?? 0}::float8) * 1000`;
  const nearKm = Math.max(NEAR_KM, criteria.radiusKm ?? 0);
  let branches: SQL;
  if (criteria.networkIds !== null) branches = branch(remote ? sql`true` : reach);
  else if (remote) {
    branches = sql`${branch(sql`u.practice_lat is not null and ${geography.within(patient, WHOLE_EARTH_KM)}`)}
      union all
      (select u.id, null::float8, null::float8 from users u where ${filters} and u.practice_lat is null)`;
  } else {
    branches = sql`${branch(sql`u.practice_lat is not null and ${geography.within(patient, nearKm)} and ${reach} and ${metres} <= ${nearKm * 1000}::float8`)}
      union all
      ${branch(sql`u.practice_lat is not null and u.service_radius_km > ${sql.raw(String(NEAR_KM))} and ${geography.wideAreaMayHold(patient)}
        and ${reach} and ${metres} > ${nearKm * 1000}::float8`)}`;
  }
  return sql`select c.id::text as "userId", c.metres / 1000 as "distanceKm"
    from (${branches}) c
    order by c.nearest nulls last
    limit ${Math.max(0, Math.floor(criteria.limit))}`;
}

/** The rows of a raw query, whichever the driver (`pg` and PGlite both answer `{ rows }`). */
function rowsOf(result: unknown): Record<string, unknown>[] {
  const rows = typeof result === 'object' && result !== null && 'rows' in result ? result.rows : null;
  return Array.isArray(rows) ? rows.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null) : [];
}

const toStrings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** `json` values come parsed from both drivers; a string is parsed here in case a driver hands the text. */
const parsed = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/** Planner settings for the candidate query, restored after it. */
const planSettings = { enable_seqscan: 'off', enable_bitmapscan: 'off', jit: 'off' } as const;

/**
 * Runs a candidate query with sequential and bitmap scans and JIT off,
 * restoring the caller's settings after it (it may run inside the caller's
 * transaction). The planner cannot estimate a cube containment (a fixed 0.1 %
 * of the rows) and prices random page reads 4× sequential ones: left alone it
 * often sorts every practice in the box, or scans the whole table, instead of
 * walking the GiST index nearest first and stopping at the limit — 10–50 ms
 * instead of 2–5 (ADR 0006). Every branch of the query has an index path.
 */
export async function runCandidateQuery(db: Db, query: SQL): Promise<Record<string, unknown>[]> {
  const names = Object.keys(planSettings) as (keyof typeof planSettings)[];
  const set = (values: Record<string, unknown>) => sql.join(names.map((name) => sql`set_config(${name}, ${String(values[name])}, true)`), sql`, `);
  return db.transaction(async (tx) => {
    const [saved] = rowsOf(
      await tx.execute(sql`with saved as materialized (select ${sql.join(names.map((name) => sql`current_setting(${name}) as ${sql.identifier(name)}`), sql`, `)})
        select saved.*, ${set(planSettings)} from saved`),
    );
    const rows = rowsOf(await tx.execute(query));
    if (saved) await tx.execute(sql`select ${set(saved)}`);
    return rows;
  });
}

/** The candidate query of matching (DESIGN §2), in the database. */
export function createCandidateFinder(db: Db): CandidateFinder {
  return {
    async find(criteria) {
      if (criteria.limit < 1 || criteria.window.length === 0) return [];
      const rows = await runCandidateQuery(db, candidateQuery(criteria));
      return rows.map((r): Candidate => ({ userId: String(r.userId), distanceKm: r.distanceKm === null ? null : Number(r.distanceKm) }));
    },

    async professionalFacts(userId) {
      if (!isUuid(userId)) return null;
      const rows = rowsOf(
        await db.execute(sql`
          select u.id::text as "userId", u.active, u.profession, u.care_acts as "careActs", u.care_modes as "careModes",
                 u.practice_lat as lat, u.practice_lng as lng, u.service_radius_km as "serviceRadiusKm",
                 coalesce((select array_agg(m.network_id::text order by m.network_id) from network_members m where m.user_id = u.id), '{}'::text[]) as "networkIds",
                 coalesce((select json_agg(json_build_object('weekday', h.weekday, 'startMinute', h.start_minute, 'endMinute', h.end_minute)
                                           order by h.weekday, h.start_minute, h.end_minute)
                           from working_hours h where h.user_id = u.id), '[]'::json) as "workingHours",
                 coalesce((select json_agg(json_build_object('startsOn', a.starts_on::text, 'endsOn', a.ends_on::text) order by a.starts_on, a.ends_on)
                           from absences a where a.user_id = u.id), '[]'::json) as absences
          from users u
          where u.id = ${userId}::uuid`),
      );
      const row = rows[0];
      if (!row) return null;
      return {
        userId: String(row.userId),
        active: row.active === true,
        profession: String(row.profession),
        careActs: toStrings(row.careActs),
        careModes: toStrings(row.careModes),
        practice: row.lat === null || row.lng === null ? null : { lat: Number(row.lat), lng: Number(row.lng) },
        serviceRadiusKm: Number(row.serviceRadiusKm),
        networkIds: toStrings(row.networkIds),
        workingHours: parsed(row.workingHours) as ProfessionalFacts['workingHours'],
        absences: parsed(row.absences) as ProfessionalFacts['absences'],
      };
    },
  };
}
