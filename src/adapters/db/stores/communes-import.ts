import { sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { communes } from '../schema.js';

export type CommuneInsert = typeof communes.$inferInsert;

const BATCH_SIZE = 1000;

/**
 * Inserts or replaces communes by INSEE code, in batches inside one
 * transaction (all or nothing); `onBatch` gets the count written so far.
 * Communes absent from `rows` are left alone (users may point at them).
 */
export async function upsertCommunes(db: Db, rows: readonly CommuneInsert[], onBatch?: (written: number) => void): Promise<number> {
  return db.transaction(async (tx) => {
    let written = 0;
    for (let i = 0; i < rows.length; i += BATCH_SIZE) {
      const batch = rows.slice(i, i + BATCH_SIZE);
      await tx
        .insert(communes)
        .values(batch.map((row) => ({ ...row, postcodes: [...row.postcodes] })))
        .onConflictDoUpdate({
          target: communes.inseeCode,
          set: {
            name: sql`excluded.name`,
            postcodes: sql`excluded.postcodes`,
            departement: sql`excluded.departement`,
            lat: sql`excluded.lat`,
            lng: sql`excluded.lng`,
            timeZone: sql`excluded.time_zone`,
          },
        });
      written += batch.length;
      onBatch?.(written);
    }
    return written;
  });
}
