import type { Db } from '../../src/adapters/db/client.js';
import { communes } from '../../src/adapters/db/schema.js';

export interface TestCommune {
  readonly inseeCode: string;
  readonly name: string;
  readonly postcodes: string[];
  readonly lat: number;
  readonly lng: number;
}

/** Inserts communes (metropolitan, Europe/Paris) into a test database; existing codes are left alone. */
export async function insertCommunes(db: Db, rows: readonly TestCommune[]): Promise<void> {
  await db
    .insert(communes)
    .values(rows.map((c) => ({ ...c, departement: c.inseeCode.slice(0, 2), timeZone: 'Europe/Paris' })))
    .onConflictDoNothing();
}
