import { and, eq, ne } from 'drizzle-orm';
import type { PatientStore } from '../../../app/patients/ports.js';
import { AppError } from '../../../core/errors.js';
import { isUuid } from '../../../core/validators/index.js';
import type { Db } from '../client.js';
import { patientFollowers, patients, users } from '../schema.js';
import { caseload, findExactPatients, searchVisiblePatients } from './patients-queries.js';
import { patientColumns, toPatientRecord } from './patients-rows.js';
import { uniqueViolation } from './unique-violation.js';

/** A concurrent insert of the same NIR becomes `patients.nir_taken`. */
async function mapNirTaken<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (uniqueViolation(error) === 'patients_nir_key') throw new AppError('patients.nir_taken');
    throw error;
  }
}

/** Patients: identity, address, visibility facts, search and caseload. */
export function createPatientStore(db: Db): PatientStore {
  return {
    async get(id) {
      if (!isUuid(id)) return null;
      const [row] = await db.select().from(patients).where(eq(patients.id, id));
      return row ? toPatientRecord(row) : null;
    },
    async accessFacts(id) {
      if (!isUuid(id)) return null;
      const [row] = await db
        .select({ createdBy: patients.createdBy, organisationId: patients.organisationId, creatorOrganisationId: users.organisationId })
        .from(patients)
        .leftJoin(users, eq(users.id, patients.createdBy))
        .where(eq(patients.id, id));
      if (!row) return null;
      const followers = await db.select({ userId: patientFollowers.userId }).from(patientFollowers).where(eq(patientFollowers.patientId, id));
      return { ...row, followerIds: followers.map((f) => f.userId) };
    },
    insert: (draft, owner, now) =>
      mapNirTaken(async () => {
        const [row] = await db
          .insert(patients)
          .values({ ...patientColumns(draft), createdBy: owner.createdBy, organisationId: owner.organisationId, createdAt: now, updatedAt: now })
          .returning({ id: patients.id });
        if (!row) throw new Error('patient not inserted');
        return row.id;
      }),
    update: (id, draft, now) =>
      mapNirTaken(async () => {
        if (!isUuid(id)) return false;
        const rows = await db.update(patients).set({ ...patientColumns(draft), updatedAt: now }).where(eq(patients.id, id)).returning({ id: patients.id });
        return rows.length > 0;
      }),
    async nirTaken(nir, exceptId) {
      const rows = await db
        .select({ id: patients.id })
        .from(patients)
        .where(and(eq(patients.nir, nir), exceptId && isUuid(exceptId) ? ne(patients.id, exceptId) : undefined))
        .limit(1);
      return rows.length > 0;
    },
    searchVisible: (criteria, viewer, limit) => searchVisiblePatients(db, criteria, viewer, limit),
    findExact: (identity) => findExactPatients(db, identity),
    caseload: (userId, filter) => caseload(db, userId, filter),
  };
}
