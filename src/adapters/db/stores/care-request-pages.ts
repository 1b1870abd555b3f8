import { and, desc, eq, gte, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CareRequestListQuery, CareRequestListRow, CareRequestListScope } from '../../../app/care-requests/list-query.js';
import type { CareRequestContext, CareRequestRecord } from '../../../app/care-requests/ports.js';
import type { Db } from '../client.js';
import { careRequestBatches, careRequests, careRequestTags, networkMembers, organisations, patients, users } from '../schema.js';
import { requesterColumns } from './care-request-links.js';
import { escapeLike } from './unique-violation.js';

const performers = alias(users, 'performers');

/** A care_requests row as the use cases read it (the search text stays in the database). */
export function toRecord(row: typeof careRequests.$inferSelect): CareRequestRecord {
  const { selfDispatched, searchText: _searchText, ...rest } = row;
  return { ...rest, selfDispatch: selfDispatched };
}

/**
 * The fiches of a scope. Supervised networks go through `= any(array(…))`, not `in (select …)`: the
 * planner then ORs the bitmaps of the organisation and requester indexes instead of scanning the table.
 */
function scopeCondition(db: Db, scope: CareRequestListScope): SQL | undefined {
  const notMine = scope.organisationId === null ? undefined : sql`${careRequests.organisationId} is distinct from ${scope.organisationId}`;
  if (scope.kind === 'mine') {
    return scope.organisationId === null ? eq(careRequests.requesterId, scope.userId) : or(eq(careRequests.requesterId, scope.userId), eq(careRequests.organisationId, scope.organisationId));
  }
  const membersOfNetworks = db.select({ id: networkMembers.userId }).from(networkMembers).where(inArray(networkMembers.networkId, [...scope.networkIds]));
  return and(
    or(
      scope.organisationIds.length > 0 ? inArray(careRequests.organisationId, [...scope.organisationIds]) : undefined,
      scope.networkIds.length > 0 ? sql`${careRequests.requesterId} = any(array(${membersOfNetworks}))` : undefined,
    ),
    ne(careRequests.requesterId, scope.userId),
    notMine,
  );
}

const supervisesNothing = (scope: CareRequestListScope) => scope.kind === 'supervised' && scope.organisationIds.length === 0 && scope.networkIds.length === 0;

/** One page of the dashboard: `limit` rows after `query.after`, newest first by the sort column, then by number. */
export async function listCareRequestPage(db: Db, query: CareRequestListQuery): Promise<CareRequestListRow[]> {
  if (supervisesNothing(query.scope)) return [];
  const sortColumn = query.sort === 'activity' ? careRequests.updatedAt : careRequests.createdAt;
  const { after } = query;
  const rows = await db
    .select({ record: careRequests, micros: sql<string>`(extract(epoch from ${sortColumn}) * 1000000)::bigint::text` })
    .from(careRequests)
    .where(
      and(
        scopeCondition(db, query.scope),
        gte(careRequests.createdAt, query.since),
        query.status === null ? undefined : eq(careRequests.status, query.status),
        query.tag === null
          ? undefined
          : inArray(careRequests.id, db.select({ id: careRequestTags.careRequestId }).from(careRequestTags).where(sql`lower(${careRequestTags.tag}) = lower(${query.tag})`)),
        ...query.words.map((word) => sql`${careRequests.searchText} like '%' || lower(unaccent(${escapeLike(word)}::text)) || '%'`),
        after === null
          ? undefined
          : sql`(${sortColumn}, ${careRequests.number}) < (timestamptz 'epoch' + ${after.micros}::bigint * interval '1 microsecond', ${after.number})`,
      ),
    )
    .orderBy(desc(sortColumn), desc(careRequests.number))
    .limit(query.limit);
  return rows.map(({ record, micros }) => ({ record: toRecord(record), position: { micros, number: record.number } }));
}

/** The people and places around each request (CareRequestStore.context), in one query. */
export async function careRequestContexts(db: Db, ids: readonly string[]): Promise<Map<string, CareRequestContext>> {
  const result = new Map<string, CareRequestContext>();
  if (ids.length === 0) return result;
  const rows = await db
    .select({
      id: careRequests.id,
      requester: { ...requesterColumns, email: users.email },
      batch: { callerPhone: careRequestBatches.callerPhone, directLine: careRequestBatches.directLine },
      performerId: performers.id,
      performerFirstName: performers.firstName,
      performerLastName: performers.lastName,
      performerProfession: performers.profession,
      patient: {
        id: patients.id,
        lastName: patients.lastName,
        firstName: patients.firstName,
        sex: patients.sex,
        birthDate: patients.birthDate,
        phone: patients.phone,
        addressLabel: patients.addressLabel,
        postcode: patients.postcode,
        city: patients.city,
        lat: patients.lat,
        lng: patients.lng,
        addressComplement: patients.addressComplement,
        building: patients.building,
        staircase: patients.staircase,
        floor: patients.floor,
        digicode: patients.digicode,
        intercom: patients.intercom,
        door: patients.door,
      },
    })
    .from(careRequests)
    .innerJoin(users, eq(users.id, careRequests.requesterId))
    .leftJoin(organisations, eq(organisations.id, careRequests.organisationId))
    .innerJoin(careRequestBatches, eq(careRequestBatches.id, careRequests.batchId))
    .innerJoin(patients, eq(patients.id, careRequests.patientId))
    .leftJoin(performers, eq(performers.id, careRequests.performerId))
    .where(inArray(careRequests.id, [...ids]));
  for (const { id, performerId, performerFirstName, performerLastName, performerProfession, ...rest } of rows) {
    const performer =
      performerId && performerFirstName !== null && performerLastName !== null && performerProfession !== null
        ? { id: performerId, firstName: performerFirstName, lastName: performerLastName, profession: performerProfession }
        : null;
    result.set(id, { ...rest, performer });
  }
  return result;
}
