import { asc, sql, type SQL } from 'drizzle-orm';
import type { CommuneDirectory, CommuneMatch, CommuneRecord } from '../../../app/addresses/index.js';
import type { Territory } from '../../../core/territories.js';
import type { Db } from '../client.js';
import { communes } from '../schema.js';
import { escapeLike } from './unique-violation.js';

/** INSEE code prefixes of each overseas territory, as `territoryOfCode` reads them (977/978 count as Guadeloupe). */
export const overseasCodePrefixes: Readonly<Record<Exclude<Territory, 'metropole'>, readonly string[]>> = {
  guadeloupe: ['971', '977', '978'],
  martinique: ['972'],
  guyane: ['973'],
  reunion: ['974'],
  mayotte: ['976'],
};

const columns = {
  inseeCode: communes.inseeCode,
  name: communes.name,
  postcodes: communes.postcodes,
  departement: communes.departement,
  lat: communes.lat,
  lng: communes.lng,
};

/** Lower-case, without accents (œ → oe), hyphens and apostrophes as spaces: "Sainte-Geneviève" → "sainte genevieve". */
const fold = (value: SQL): SQL => sql`translate(unaccent(lower(${value})), '-''’', '   ')`;
const textArray = (items: readonly string[]): SQL => sql`array[${sql.join(
  items.map((i) => sql`${i}::text`),
  sql`, `,
)}]::text[]`;

function inTerritory(territory: Territory | undefined): SQL {
  if (!territory) return sql`true`;
  const departement = sql`left(${communes.inseeCode}, 3)`;
  if (territory === 'metropole') return sql`${departement} <> all (${textArray(Object.values(overseasCodePrefixes).flat())})`;
  return sql`${departement} = any (${textArray(overseasCodePrefixes[territory])})`;
}

/** The rows of a raw query, whichever the driver (`pg` and PGlite both answer `{ rows }`). */
function rowsOf(result: unknown): Record<string, unknown>[] {
  const rows = typeof result === 'object' && result !== null && 'rows' in result ? result.rows : null;
  return Array.isArray(rows) ? rows.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null) : [];
}

/** The commune table, read by the offline geocoder and the commune picker. */
export function createCommuneDirectory(db: Db): CommuneDirectory {
  /**
   * One scan: each commune name is folded once (the subquery is not
   * flattened), the searched names and prefixes once (uncorrelated subqueries),
   * all in SQL so both sides fold alike.
   */
  async function matchNames({ names, prefixes, territory, limit }: Parameters<CommuneDirectory['matchNames']>[0]): Promise<CommuneMatch[]> {
    if (names.length === 0 && prefixes.length === 0) return [];
    const result: unknown = await db.execute(sql`
      with q as (
        select
          coalesce((select array_agg(${fold(sql`x`)} order by o) from unnest(${textArray(names)}) with ordinality as t(x, o)), '{}'::text[]) as keys,
          coalesce((select array_agg(${fold(sql`x`)} || '%' order by o) from unnest(${textArray(prefixes.map(escapeLike))}) with ordinality as t(x, o)), '{}'::text[]) as patterns,
          ${fold(sql`${prefixes[0] ?? ''}::text`)} as first
      )
      select * from (
        select c.insee_code, c.name, c.postcodes, c.departement, c.lat, c.lng, c.key = q.first as exact,
          array_position(q.keys, c.key) - 1 as whole_name,
          (select min(u.o) - 1 from unnest(q.patterns) with ordinality as u(pattern, o) where c.key like u.pattern) as prefix
        from (select ${communes.inseeCode}, ${communes.name}, ${communes.postcodes}, ${communes.departement}, ${communes.lat}, ${communes.lng},
                ${fold(sql`${communes.name}`)} as key
              from ${communes} where ${inTerritory(territory)} offset 0) as c, q
        where c.key = any (q.keys) or c.key like any (q.patterns)
      ) as m
      order by m.whole_name is null, m.prefix nulls last, m.exact desc, length(m.name), m.name, m.insee_code
      limit ${limit}`);
    return rowsOf(result).map((r) => ({
      inseeCode: String(r.insee_code),
      name: String(r.name),
      postcodes: Array.isArray(r.postcodes) ? r.postcodes.map(String) : [],
      departement: String(r.departement),
      lat: Number(r.lat),
      lng: Number(r.lng),
      wholeName: r.whole_name === null ? null : Number(r.whole_name),
      prefix: r.prefix === null ? null : Number(r.prefix),
    }));
  }

  return {
    matchNames,
    async byPostcode(postcode, { territory }): Promise<CommuneRecord[]> {
      return db
        .select(columns)
        .from(communes)
        .where(sql`${postcode}::text = any (${communes.postcodes}) and ${inTerritory(territory)}`)
        .orderBy(asc(communes.name), asc(communes.inseeCode))
        .limit(50);
    },
    async search(q, limit): Promise<CommuneRecord[]> {
      if (/^\d{2,5}$/.test(q) || /^2[AB]\d{0,3}$/i.test(q)) {
        const code = q.toUpperCase();
        return db
          .select(columns)
          .from(communes)
          .where(sql`(${communes.inseeCode} = ${code} or exists (select 1 from unnest(${communes.postcodes}) as p(code) where p.code like ${`${escapeLike(code)}%`}))`)
          .orderBy(asc(communes.name), asc(communes.inseeCode))
          .limit(limit);
      }
      const rows = await matchNames({ names: [], prefixes: [q], limit });
      return rows.map(({ wholeName: _w, prefix: _p, ...row }) => row);
    },
  };
}
