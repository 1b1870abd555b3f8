import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/support/db.js';
import { defaultCareActs } from '../../../core/care-acts.js';
import { fr } from '../../../i18n/index.js';
import type { DatabaseHandle } from '../client.js';
import { createCareActCatalogue, createCareActStore } from './care-acts.js';

describe('care acts store', () => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('holds, once migrated, exactly the default catalogue of src/core/care-acts.ts, in its order and with its labels', async () => {
    const acts = await createCareActStore(database.db).list({ includeInactive: true });
    const labels: Readonly<Record<string, string>> = fr.domain.careAct;
    const expected = Object.entries(defaultCareActs).flatMap(([profession, codes]) =>
      codes.map((code) => ({ profession, code, label: labels[code], active: true })),
    );
    expect(acts.map(({ profession, code, label, active }) => ({ profession, code, label, active }))).toEqual(expected);
    // "Autre Soins" comes last in every profession.
    for (const act of acts.filter((a) => a.code === 'autre')) expect(act.position).toBe(99);
  });

  it('gives the active codes by profession', async () => {
    expect(await createCareActCatalogue(database.db).activeCodes()).toEqual(defaultCareActs);
  });
});
