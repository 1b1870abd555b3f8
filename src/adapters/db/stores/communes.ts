import { asc, eq, sql } from 'drizzle-orm';
import type { CommuneStore, CommuneSummary } from '../../../app/accounts/ports.js';
import type { Db } from '../client.js';
import { communes } from '../schema.js';
import { escapeLike } from './unique-violation.js';

const columns = { inseeCode: communes.inseeCode, name: communes.name, postcodes: communes.postcodes, lat: communes.lat, lng: communes.lng };

/** Lower-case, without accents, hyphens and apostrophes as spaces: "Sainte-Geneviève" → "sainte genevieve". */
const folded = (value: unknown) => sql`translate(unaccent(lower(${value})), '-''’', '   ')`;

/** Communes: the practice-address picker and the commune of a practice. */
export function createCommuneStore(db: Db): CommuneStore {
  return {
    async get(inseeCode) {
      const [row] = await db.select(columns).from(communes).where(eq(communes.inseeCode, inseeCode));
      return row ?? null;
    },
    async search(q, limit): Promise<CommuneSummary[]> {
      if (/^\d{2,5}$/.test(q)) {
        return db
          .select(columns)
          .from(communes)
          .where(sql`(${communes.inseeCode} = ${q} or exists (select 1 from unnest(${communes.postcodes}) as p(code) where p.code like ${`${q}%`}))`)
          .orderBy(asc(communes.name), asc(communes.inseeCode))
          .limit(limit);
      }
      const pattern = folded(sql`${escapeLike(q)}::text`);
      const name = folded(communes.name);
      return db
        .select(columns)
        .from(communes)
        .where(sql`${name} like ${pattern} || '%'`)
        .orderBy(sql`${name} = ${pattern} desc`, sql`length(${communes.name})`, asc(communes.name), asc(communes.inseeCode))
        .limit(limit);
    },
  };
}
