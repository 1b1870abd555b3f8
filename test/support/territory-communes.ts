import type { Db } from '../../src/adapters/db/client.js';
import { communes } from '../../src/adapters/db/schema.js';
import { territoryOfCode, territoryTimeZone } from '../../src/core/territories.js';

/** [INSEE code, name, postcodes, lat, lng] */
export type CommuneTuple = readonly [string, string, readonly string[], number, number];

/**
 * Inserts communes of any territory into a test database, with the département
 * (97x overseas) and time zone their INSEE code gives; existing codes are left alone.
 */
export async function insertTerritoryCommunes(db: Db, rows: readonly CommuneTuple[]): Promise<void> {
  await db
    .insert(communes)
    .values(
      rows.map(([inseeCode, name, postcodes, lat, lng]) => ({
        inseeCode,
        name,
        postcodes: [...postcodes],
        lat,
        lng,
        departement: inseeCode.startsWith('97') ? inseeCode.slice(0, 3) : inseeCode.slice(0, 2),
        timeZone: territoryTimeZone[territoryOfCode(inseeCode)],
      })),
    )
    .onConflictDoNothing();
}
