import { and, eq, getTableColumns, inArray, or, sql } from 'drizzle-orm';
import type { CareRequestStore, NewCareRequest } from '../../../app/care-requests/ports.js';
import type { CareRequestAccessFacts } from '../../../core/care-requests/access.js';
import { isUuid } from '../../../core/validators/index.js';
import type { Db } from '../client.js';
import { careRequestContexts, listCareRequestPage, toRecord } from './care-request-pages.js';
import { careRequestBatches, careRequests, dispatchRounds, networkMembers, offers, supervisions, usualProfessionals, users } from '../schema.js';

function columnsOf(request: NewCareRequest) {
  const { selfDispatch, ...rest } = request;
  return { ...rest, careActs: [...rest.careActs], selfDispatched: selfDispatch, updatedAt: request.createdAt };
}

/** Care requests (fiches) and their batches. */
export function createCareRequestStore(db: Db): CareRequestStore {
  return {
    async insertBatch(batch) {
      const [row] = await db
        .insert(careRequestBatches)
        .values(batch)
        .onConflictDoNothing({ target: [careRequestBatches.requesterId, careRequestBatches.clientKey] })
        .returning({ id: careRequestBatches.id });
      return row?.id ?? null;
    },
    async batchOfClientKey(requesterId, clientKey) {
      const [batch] = await db
        .select({ id: careRequestBatches.id, patientId: careRequestBatches.patientId })
        .from(careRequestBatches)
        .where(and(eq(careRequestBatches.requesterId, requesterId), eq(careRequestBatches.clientKey, clientKey)));
      if (!batch) return null;
      const rows = await db.select().from(careRequests).where(eq(careRequests.batchId, batch.id)).orderBy(careRequests.number);
      return { ...batch, requests: rows.map(toRecord) };
    },
    async insert(request) {
      const [row] = await db.insert(careRequests).values(columnsOf(request)).returning();
      if (!row) throw new Error('care request not inserted');
      return toRecord(row);
    },
    async get(id) {
      if (!isUuid(id)) return null;
      const [row] = await db.select().from(careRequests).where(eq(careRequests.id, id));
      return row ? toRecord(row) : null;
    },
    async lock(id) {
      if (!isUuid(id)) return null;
      const [row] = await db.select().from(careRequests).where(eq(careRequests.id, id)).for('update');
      return row ? toRecord(row) : null;
    },
    async idOfNumber(number) {
      const [row] = await db.select({ id: careRequests.id }).from(careRequests).where(eq(careRequests.number, number));
      return row?.id ?? null;
    },
    async setStatus(id, change, now) {
      await db
        .update(careRequests)
        .set({
          status: change.status,
          ...(change.performerId !== undefined ? { performerId: change.performerId } : {}),
          ...(change.acceptedAt !== undefined ? { acceptedAt: change.acceptedAt } : {}),
          ...(change.roundCount !== undefined ? { roundCount: change.roundCount } : {}),
          updatedAt: now,
        })
        .where(eq(careRequests.id, id));
    },
    async withAccessFacts(ids, viewerId) {
      const known = ids.filter(isUuid);
      if (known.length === 0 || !isUuid(viewerId)) return new Map();
      // One statement: a fiche read, and every line of a list, checks its access first. (Drizzle writes a column
      // unqualified inside `sql`, where the subqueries' own columns would take it: the outer row is named in full.)
      const rows = await db
        .select({
          row: getTableColumns(careRequests),
          requesterNetworkIds: sql<string[]>`array(select m.network_id::text from ${networkMembers} m where m.user_id = care_requests.requester_id)`,
          usualProfessionalIds: sql<string[]>`array(select p.user_id::text from ${usualProfessionals} p
            where p.patient_id = care_requests.patient_id and p.user_id is not null)`,
          viewerPhases: sql<('usual' | 'open')[]>`array(select o.phase from ${offers} o join ${dispatchRounds} r on r.id = o.round_id
            where r.care_request_id = care_requests.id and o.user_id = ${viewerId}::uuid)`,
        })
        .from(careRequests)
        .where(inArray(careRequests.id, known));
      return new Map(
        rows.map(({ row, requesterNetworkIds, usualProfessionalIds, viewerPhases }) => {
          const access: CareRequestAccessFacts = {
            requesterId: row.requesterId,
            organisationId: row.organisationId,
            performerId: row.performerId,
            requesterNetworkIds,
            usualProfessionalIds,
            offers: viewerPhases.map((phase) => ({ userId: viewerId, phase })),
          };
          return [row.id, { record: toRecord(row), access }];
        }),
      );
    },
    async context(id) {
      return (await careRequestContexts(db, [id])).get(id) ?? null;
    },
    contexts: (ids) => careRequestContexts(db, ids),
    async audience(id) {
      if (!isUuid(id)) return [];
      const [request] = await db
        .select({ requesterId: careRequests.requesterId, organisationId: careRequests.organisationId, performerId: careRequests.performerId, patientId: careRequests.patientId })
        .from(careRequests)
        .where(eq(careRequests.id, id));
      if (!request) return [];
      const { organisationId } = request;
      const supervisorsOfNetworks = db
        .select({ id: supervisions.userId })
        .from(supervisions)
        .innerJoin(networkMembers, eq(networkMembers.networkId, supervisions.networkId))
        .where(eq(networkMembers.userId, request.requesterId));
      const usual = db.select({ id: usualProfessionals.userId }).from(usualProfessionals).where(eq(usualProfessionals.patientId, request.patientId));
      const rows = await db
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            eq(users.active, true),
            or(
              inArray(users.id, [request.requesterId, ...(request.performerId ? [request.performerId] : [])]),
              organisationId === null ? undefined : eq(users.organisationId, organisationId),
              organisationId === null
                ? undefined
                : inArray(users.id, db.select({ id: supervisions.userId }).from(supervisions).where(eq(supervisions.organisationId, organisationId))),
              inArray(users.id, supervisorsOfNetworks),
              inArray(users.id, usual),
            ),
          ),
        );
      return rows.map((row) => row.id);
    },
    list: (query) => listCareRequestPage(db, query),
  };
}
