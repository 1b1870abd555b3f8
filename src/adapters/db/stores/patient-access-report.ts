import { and, asc, count, desc, eq, or, type SQL } from 'drizzle-orm';
import type { AccessLogLine, AccessReportStore } from '../../../app/patients/access-report-ports.js';
import { isUuid } from '../../../core/validators/index.js';
import type { Db } from '../client.js';
import { organisations, patientAccessLog, patients, users } from '../schema.js';

/** The few patient columns the access report shows. */
const patientColumns = {
  id: patients.id,
  lastName: patients.lastName,
  firstName: patients.firstName,
  birthDate: patients.birthDate,
  city: patients.city,
  postcode: patients.postcode,
  timeZone: patients.timeZone,
};

/** Reads for the patient's right of access: exact lookup and the access log with its users. */
export function createAccessReportStore(db: Db): AccessReportStore {
  return {
    async findPatients(lookup, limit) {
      const conditions: (SQL | undefined)[] = [];
      if (lookup.nir !== null) conditions.push(or(eq(patients.nir, lookup.nir), eq(patients.ins, lookup.nir)));
      if (lookup.lastName !== null) conditions.push(eq(patients.lastNameSearch, lookup.lastName));
      if (lookup.firstName !== null) conditions.push(eq(patients.firstNameSearch, lookup.firstName));
      if (lookup.birthDate !== null) conditions.push(eq(patients.birthDate, lookup.birthDate));
      // A lookup without any criterion would list every patient: the use case never sends one.
      if (conditions.length === 0) return [];
      return db
        .select(patientColumns)
        .from(patients)
        .where(and(...conditions))
        .orderBy(asc(patients.lastNameSearch), asc(patients.firstNameSearch), asc(patients.birthDate), asc(patients.id))
        .limit(limit);
    },
    async patient(id) {
      if (!isUuid(id)) return null;
      const [row] = await db.select(patientColumns).from(patients).where(eq(patients.id, id));
      return row ?? null;
    },
    async lines(patientId, limit): Promise<AccessLogLine[]> {
      if (!isUuid(patientId)) return [];
      const query = db
        .select({
          at: patientAccessLog.at,
          action: patientAccessLog.action,
          what: patientAccessLog.what,
          userId: users.id,
          firstName: users.firstName,
          lastName: users.lastName,
          profession: users.profession,
          email: users.email,
          organisationName: organisations.name,
        })
        .from(patientAccessLog)
        .innerJoin(users, eq(users.id, patientAccessLog.userId))
        .leftJoin(organisations, eq(organisations.id, users.organisationId))
        .where(eq(patientAccessLog.patientId, patientId))
        .orderBy(desc(patientAccessLog.at), desc(patientAccessLog.id))
        .$dynamic();
      const rows = await (limit === null ? query : query.limit(limit));
      return rows.map(({ at, action, what, userId, organisationName, ...user }) => ({ at, action, what, user: { id: userId, ...user, organisationName } }));
    },
    async count(patientId) {
      if (!isUuid(patientId)) return 0;
      const [row] = await db.select({ n: count() }).from(patientAccessLog).where(eq(patientAccessLog.patientId, patientId));
      return row?.n ?? 0;
    },
  };
}
