import { and, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { DirectoryMatch, DirectoryQuery, DirectoryStore } from '../../../app/directory/ports.js';
import type { Db } from '../client.js';
import { directoryEntries as d } from '../schema.js';

/** Similarity (pg_trgm) of a close spelling: one letter off in "paradys" scores 0.45 against "paradis", "paravent" only 0.31. */
const FUZZY_THRESHOLD = 0.4;

/** Rows read per professional wanted: most have 1–3 practice situations. */
const ROWS_PER_PROFESSIONAL = 4;

const columns = { idNat: d.idNat, lastName: d.lastName, firstName: d.firstName, professionLabel: d.professionLabel, city: d.communeName };

/** The first key after every key starting with `prefix` (its last character + 1). */
export function prefixUpperBound(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/**
 * `column` starts with `prefix`, as a byte-wise range (`~>=~`, `~<~`: exactly
 * the keys with that prefix) that the text_pattern_ops index serves, whatever
 * the plan. Unlike LIKE, the planner estimates it well enough to prefer the
 * ordered index scan that stops at the limit.
 */
function startsWith(column: AnyColumn, prefix: string): SQL {
  return sql`${column} ~>=~ ${prefix} and ${column} ~<~ ${prefixUpperBound(prefix)}`;
}

/** One match per national id, in the order given; the city of its first situation that has one. */
function distinctProfessionals(rows: readonly DirectoryMatch[], limit: number): DirectoryMatch[] {
  const byId = new Map<string, DirectoryMatch>();
  for (const row of rows) {
    const seen = byId.get(row.idNat);
    if (!seen) {
      if (byId.size < limit) byId.set(row.idNat, row);
    } else if (seen.city === null && row.city !== null) {
      byId.set(row.idNat, { ...seen, city: row.city });
    }
  }
  return [...byId.values()];
}

/** The national directory, searched as you type. */
export function createDirectoryStore(db: Db): DirectoryStore {
  return {
    async searchByPrefix(query: DirectoryQuery) {
      const rows = await db
        .select(columns)
        .from(d)
        .where(and(eq(d.professionCode, query.professionCode), startsWith(d.lastNameSearch, query.lastName), startsWith(d.firstNameSearch, query.firstName)))
        // The order of the (profession, last name, first name) pattern index: the scan stops at the limit.
        .orderBy(sql`${d.lastNameSearch} using ~<~`, sql`${d.firstNameSearch} using ~<~`)
        .limit(query.limit * ROWS_PER_PROFESSIONAL);
      return distinctProfessionals(rows, query.limit);
    },

    async searchFuzzy(query) {
      const exclude = query.exclude.length > 0 ? sql`and ${d.idNat} not in (${sql.join(query.exclude.map((id) => sql`${id}`), sql`, `)})` : sql``;
      const score = sql`similarity(${d.lastNameSearch}, ${query.lastName})`;
      const rows = await db
        .select(columns)
        .from(d)
        // Candidates share the profession, the first letter of the last name and the first-name prefix
        // (the search index narrows them to a few hundred rows); pg_trgm similarity ranks them.
        .where(
          sql`${d.professionCode} = ${query.professionCode} and ${startsWith(d.lastNameSearch, query.lastName.slice(0, 1))}
              and ${startsWith(d.firstNameSearch, query.firstName)} and ${score} >= ${FUZZY_THRESHOLD} ${exclude}`,
        )
        .orderBy(sql`${score} desc`, sql`${d.lastNameSearch} using ~<~`, sql`${d.firstNameSearch} using ~<~`)
        .limit(query.limit * ROWS_PER_PROFESSIONAL);
      return distinctProfessionals(rows, query.limit);
    },
  };
}
