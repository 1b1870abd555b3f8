import { and, asc, eq, sql } from 'drizzle-orm';
import type { CareActCatalogue } from '../../../app/accounts/ports.js';
import type { CareAct, CareActStore } from '../../../app/care-acts/ports.js';
import type { AllowedCareActs } from '../../../core/care-acts.js';
import { invalidFields } from '../../../core/errors.js';
import type { CareProfession } from '../../../core/professions.js';
import type { Db } from '../client.js';
import { careActs } from '../schema.js';
import { uniqueViolation } from './unique-violation.js';

const columns = {
  profession: careActs.profession,
  code: careActs.code,
  label: careActs.label,
  position: careActs.position,
  active: careActs.active,
};

const byProfessionThenOrder = [asc(careActs.profession), asc(careActs.position), sql`unaccent(lower(${careActs.label}))`, asc(careActs.code)];

/** The catalogue of Soins (`care_acts`). */
export function createCareActStore(db: Db): CareActStore {
  return {
    async list({ includeInactive }) {
      return db
        .select(columns)
        .from(careActs)
        .where(includeInactive ? undefined : eq(careActs.active, true))
        .orderBy(...byProfessionThenOrder);
    },
    async get(profession, code) {
      const [row] = await db.select(columns).from(careActs).where(and(eq(careActs.profession, profession), eq(careActs.code, code)));
      return row ?? null;
    },
    async lockProfession(profession) {
      return db.select(columns).from(careActs).where(eq(careActs.profession, profession)).orderBy(asc(careActs.position), asc(careActs.code)).for('update');
    },
    async insert(act: CareAct, now) {
      try {
        await db.insert(careActs).values({ ...act, createdAt: now, updatedAt: now });
      } catch (error) {
        if (uniqueViolation(error) !== null) throw invalidFields({ label: 'care_act.label_taken' });
        throw error;
      }
    },
    async update(profession, code, changes, now) {
      const rows = await db
        .update(careActs)
        .set({ ...changes, updatedAt: now })
        .where(and(eq(careActs.profession, profession), eq(careActs.code, code)))
        .returning({ code: careActs.code });
      return rows.length > 0;
    },
  };
}

/** The active codes per profession, for the user forms' checks (accounts). */
export function createCareActCatalogue(db: Db): CareActCatalogue {
  return {
    async activeCodes() {
      const rows = await db
        .select({ profession: careActs.profession, code: careActs.code })
        .from(careActs)
        .where(eq(careActs.active, true))
        .orderBy(...byProfessionThenOrder);
      const codes: Partial<Record<CareProfession, string[]>> = {};
      for (const row of rows) (codes[row.profession] ??= []).push(row.code);
      return codes satisfies AllowedCareActs;
    },
  };
}
