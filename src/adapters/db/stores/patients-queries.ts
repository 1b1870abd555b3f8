import { and, asc, desc, eq, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { CaseloadFilter, PatientRecord, Viewer } from '../../../app/patients/ports.js';
import type { CaseloadKeyword, PatientSearchCriteria } from '../../../core/patients/index.js';
import type { Db } from '../client.js';
import { patientEvents, patientFollowers, patients } from '../schema.js';
import { toPatientRecord } from './patients-rows.js';
import { escapeLike } from './unique-violation.js';

/**
 * Visibility of a patient in SQL (the same rule as `canSeePatient`): creator,
 * follower, or a member of the patient's or the creator's organisation.
 * Column names are written out: Drizzle drops table names in single-table selects.
 */
export function visibleTo(viewer: Viewer): SQL {
  const follows = sql`exists (select 1 from "patient_followers" f where f."patient_id" = "patients"."id" and f."user_id" = ${viewer.userId})`;
  const byCreator = sql`"patients"."created_by" = ${viewer.userId}`;
  if (viewer.organisationId === null) return sql`(${byCreator} or ${follows})`;
  const org = viewer.organisationId;
  const sameOrganisation = sql`("patients"."organisation_id" = ${org} or exists (select 1 from "users" c where c."id" = "patients"."created_by" and c."organisation_id" = ${org}))`;
  return sql`(${byCreator} or ${follows} or ${sameOrganisation})`;
}

const hasPhone = (phone: string) => or(eq(patients.phone, phone), eq(patients.phone2, phone));

/** Patients the viewer can see matching every given criterion; names by accent-free prefix. */
export async function searchVisiblePatients(db: Db, criteria: PatientSearchCriteria, viewer: Viewer, limit: number): Promise<PatientRecord[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer)];
  if (criteria.lastName !== null) conditions.push(sql`${patients.lastNameSearch} like ${`${escapeLike(criteria.lastName)}%`}`);
  if (criteria.firstName !== null) conditions.push(sql`${patients.firstNameSearch} like ${`${escapeLike(criteria.firstName)}%`}`);
  if (criteria.phone !== null) conditions.push(hasPhone(criteria.phone));
  if (criteria.birthDate !== null) conditions.push(eq(patients.birthDate, criteria.birthDate));
  const rows = await db
    .select()
    .from(patients)
    .where(and(...conditions))
    .orderBy(asc(patients.lastNameSearch), asc(patients.firstNameSearch), asc(patients.birthDate), asc(patients.id))
    .limit(limit);
  return rows.map(toPatientRecord);
}

/** Every patient with exactly this phone (either number), these names and this birth date. */
export async function findExactPatients(db: Db, identity: { [K in keyof PatientSearchCriteria]: string }): Promise<PatientRecord[]> {
  const rows = await db
    .select()
    .from(patients)
    .where(
      and(
        eq(patients.lastNameSearch, identity.lastName),
        eq(patients.firstNameSearch, identity.firstName),
        eq(patients.birthDate, identity.birthDate),
        hasPhone(identity.phone),
      ),
    )
    .orderBy(asc(patients.createdAt), asc(patients.id))
    .limit(5);
  return rows.map(toPatientRecord);
}

/** A stored E.164 number in its national form (`+33612…` → `0612…`, `+596696…` → `0696…`, `+508…` → `0508…`). */
const nationalPhone = (column: AnyColumn) =>
  sql`(case when ${column} like '+33%' then '0' || substr(${column}, 4) when ${column} like '+508%' then '0508' || substr(${column}, 5) else '0' || substr(${column}, 5) end)`;

const MAX_CARE_REQUEST_DIGITS = 9;

/** The MOT-CLÉ as a condition on a patient row. */
function keywordCondition(keyword: CaseloadKeyword): SQL {
  if (keyword.kind === 'number') {
    const contains = `%${keyword.digits}%`;
    const phoneMatches = (column: AnyColumn) =>
      sql`(${nationalPhone(column)} like ${contains} or substr(${column}, 2) like ${contains})`;
    const careRequest =
      keyword.digits.length <= MAX_CARE_REQUEST_DIGITS
        ? sql` or exists (select 1 from "patient_events" k where k."patient_id" = ${patients.id} and k."care_request_number" = ${Number(keyword.digits)})`
        : sql``;
    return sql`(${phoneMatches(patients.phone)} or coalesce(${phoneMatches(patients.phone2)}, false) or ${patients.postcode} like ${`${keyword.digits}%`}${careRequest})`;
  }
  const names = sql`(${patients.lastNameSearch} || ' ' || ${patients.firstNameSearch})`;
  const city = sql`unaccent(lower(${patients.city}))`;
  const words = keyword.words.map((word) => {
    const pattern = `%${escapeLike(word)}%`;
    return sql`(${names} like ${pattern} or ${city} like ${pattern} or ${patients.postcode} like ${`${escapeLike(word)}%`})`;
  });
  return sql.join(words, sql` and `);
}

/** The patients `userId` follows, latest event first (creation when there is none). */
export async function caseload(db: Db, userId: string, filter: CaseloadFilter): Promise<{ patient: PatientRecord; lastActivityAt: Date }[]> {
  const lastActivity = sql`coalesce(max(${patientEvents.createdAt}), ${patients.createdAt})`;
  const rows = await db
    .select({ patient: patients, lastActivityAt: lastActivity.mapWith(patients.createdAt) })
    .from(patientFollowers)
    .innerJoin(patients, eq(patients.id, patientFollowers.patientId))
    .leftJoin(patientEvents, eq(patientEvents.patientId, patients.id))
    .where(and(eq(patientFollowers.userId, userId), filter.keyword ? keywordCondition(filter.keyword) : undefined))
    .groupBy(patients.id)
    .having(filter.since ? sql`${lastActivity} >= ${filter.since.toISOString()}::timestamptz` : undefined)
    .orderBy(desc(lastActivity), asc(patients.id))
    .limit(filter.limit);
  return rows.map((row) => ({ patient: toPatientRecord(row.patient), lastActivityAt: row.lastActivityAt }));
}
