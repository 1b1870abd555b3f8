import { eq } from 'drizzle-orm';
import type { PatientLink, UserLookup } from '../../../app/care-requests/ports.js';
import { usualRoleProfession } from '../../../core/patients/index.js';
import type { Db } from '../client.js';
import { networkMembers, organisations, patients, users } from '../schema.js';
import { createPatientStore } from './patients.js';
import { createAccessLogStore, createPatientEventStore } from './patients-history.js';
import { createUsualProfessionalStore } from './patients-team.js';

/** The patient side of a care request, through the patients stores. */
export function createPatientLink(db: Db): PatientLink {
  const patientStore = createPatientStore(db);
  const events = createPatientEventStore(db);
  const accessLog = createAccessLogStore(db);
  const team = createUsualProfessionalStore(db);
  return {
    async forDispatch(patientId) {
      const access = await patientStore.accessFacts(patientId);
      if (!access) return null;
      const [row] = await db
        .select({
          id: patients.id,
          sex: patients.sex,
          birthDate: patients.birthDate,
          city: patients.city,
          postcode: patients.postcode,
          lat: patients.lat,
          lng: patients.lng,
          timeZone: patients.timeZone,
        })
        .from(patients)
        .where(eq(patients.id, patientId));
      if (!row) return null;
      const usualProfessionals = (await team.list(patientId)).flatMap((p) =>
        p.isPlatformUser && p.userId ? [{ userId: p.userId, profession: usualRoleProfession[p.role], role: p.role }] : [],
      );
      return { ...row, access, usualProfessionals };
    },
    async recordCareRequest({ patientId, userId, number, at }) {
      await events.add([{ patientId, kind: 'care_request', userId, careRequestNumber: number, at }]);
    },
    async logAccess({ patientId, userId, action, what = 'care_request' }, at) {
      await accessLog.record([{ patientId, userId, action, what }], at);
    },
    async logReads(patientIds, userId, at) {
      await accessLog.record(patientIds.map((patientId) => ({ patientId, userId, action: 'read' as const, what: 'care_request' })), at);
    },
  };
}

/** A user with an organisation (the query joins `organisations`) and phones: the requester as the fiches show them. */
export const requesterColumns = {
  id: users.id,
  firstName: users.firstName,
  lastName: users.lastName,
  profession: users.profession,
  organisationName: organisations.name,
  organisationPhone: organisations.phone,
  mobilePhone: users.mobilePhone,
};

/** Users as the déclenchement reads them. */
export function createUserLookup(db: Db): UserLookup {
  return {
    async caller(userId) {
      const [row] = await db
        .select({ ...requesterColumns, directLine: users.directLine })
        .from(users)
        .leftJoin(organisations, eq(organisations.id, users.organisationId))
        .where(eq(users.id, userId));
      return row ?? null;
    },
    async networkIds(userId) {
      const rows = await db.select({ id: networkMembers.networkId }).from(networkMembers).where(eq(networkMembers.userId, userId));
      return rows.map((r) => r.id);
    },
    async saveDirectLine(userId, directLine) {
      await db.update(users).set({ directLine }).where(eq(users.id, userId));
    },
    async practice(userId) {
      const [row] = await db.select({ lat: users.practiceLat, lng: users.practiceLng }).from(users).where(eq(users.id, userId));
      return row && row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null;
    },
  };
}
