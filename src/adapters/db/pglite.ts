import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle } from 'drizzle-orm/pglite';
import type { DatabaseHandle, Db } from './client.js';
import * as schema from './schema.js';

/** The extensions our migrations create, in PGlite's build. */
export const pgliteExtensions = { cube, earthdistance, pg_trgm, unaccent };

/** PGlite on disk, in memory (`memory://`), or from a dumped data dir (tests). */
export function createPglite(dataDir: string | { loadDataDir: Blob | File }): Promise<PGlite> {
  return typeof dataDir === 'string'
    ? PGlite.create(dataDir, { extensions: pgliteExtensions })
    : PGlite.create({ ...dataDir, extensions: pgliteExtensions });
}

export function wrapPglite(pglite: PGlite): DatabaseHandle {
  const db: Db = drizzle(pglite, { schema });
  return {
    driver: 'pglite',
    db,
    pglite,
    ping: async () => {
      await pglite.query('select 1');
    },
    // In process: the listener cannot be lost.
    async listen(channel, onPayload, _onError, onListening) {
      const stop = await pglite.listen(channel, onPayload);
      onListening?.();
      return stop;
    },
    close: () => pglite.close(),
  };
}
