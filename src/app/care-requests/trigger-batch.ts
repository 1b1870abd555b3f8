import type { Actor } from '../../core/actor.js';
import { validateBatchInput } from '../../core/care-requests/request-input.js';
import type { CareRequestDraft, CareRequestInput } from '../../core/care-requests/types.js';
import { AppError, invalidFields } from '../../core/errors.js';
import { canSeePatient } from '../../core/patients/index.js';
import { normalizePhone } from '../../core/validators/phone.js';
import { loadCatalogue } from './catalogue.js';
import type { CareRequestsDeps } from './deps.js';
import { startRound } from './dispatch.js';
import { notifyAttendingGp, type NotifyContext } from './notify.js';
import type { CareRequestsStores, PatientForDispatch } from './ports.js';
import type { BatchResult, TriggeredRequest } from './views.js';
import { publishChange } from './live-change.js';

/** The wizard's submission ("Déclencher"). */
export interface BatchInput {
  readonly patientId: string;
  /** Tél appel */
  readonly callerPhone?: string | null | undefined;
  /** Ligne directe, saved on the account for next time. */
  readonly directLine?: string | null | undefined;
  readonly requests: readonly CareRequestInput[];
  /**
   * Idempotency key chosen by the client for this submission (a UUID): sent
   * again after a network error, it returns the batch already made instead of
   * triggering twice.
   */
  readonly clientKey?: string | null | undefined;
}

function phoneOrNull(value: string | null | undefined, field: string, fields: Record<string, string>): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  const phone = normalizePhone(text);
  if (!phone) fields[field] = 'phone.invalid';
  return phone?.e164 ?? null;
}

/**
 * Déclenchement: creates every care request of the batch and runs its first
 * round, in ONE transaction — a failure anywhere leaves nothing behind. A
 * block marked `selfDispatch` (Auto déclenchement) is created accepted by the
 * requester, who must be of the asked profession.
 */
export async function triggerBatch(deps: CareRequestsDeps, actor: Actor, input: BatchInput): Promise<BatchResult> {
  const now = deps.clock.now();
  const fields: Record<string, string> = {};
  const callerPhone = phoneOrNull(input.callerPhone, 'callerPhone', fields);
  const directLine = phoneOrNull(input.directLine, 'directLine', fields);
  return deps.transactor.run(async (stores) => {
    const patient = await stores.patients.forDispatch(input.patientId);
    if (!patient || !canSeePatient(actor, patient.access)) throw new AppError('patients.not_found');
    const catalogue = await loadCatalogue(stores.careActs);
    let drafts: CareRequestDraft[] = [];
    try {
      drafts = validateBatchInput(input.requests, { now, patientTimeZone: patient.timeZone, careActsOf: catalogue.activeCodes });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'validation.failed') throw error;
      Object.assign(fields, error.fields);
    }
    if (Object.keys(fields).length > 0) throw invalidFields(fields);
    if (drafts.some((draft) => draft.selfDispatch && draft.profession !== actor.profession)) throw new AppError('care_requests.self_dispatch_forbidden');

    const caller = await stores.users.caller(actor.userId);
    const clientKey = input.clientKey?.trim() || null;
    const batchId = await stores.careRequests.insertBatch({
      patientId: patient.id,
      requesterId: actor.userId,
      organisationId: actor.organisationId,
      callerPhone,
      directLine,
      clientKey,
      createdAt: now,
    });
    if (batchId === null) return previousBatch(stores, actor, clientKey ?? '', caller?.organisationName ?? null);
    if (directLine !== null) await stores.users.saveDirectLine(actor.userId, directLine);
    await stores.patients.logAccess({ patientId: patient.id, userId: actor.userId, action: 'update' }, now);
    const requests: TriggeredRequest[] = [];
    for (const draft of drafts) {
      const created = await createRequest(stores, actor, { batchId, patient, draft, ctx: { publicUrl: deps.publicUrl, now } });
      requests.push({
        id: created.id,
        number: created.number,
        profession: draft.profession,
        careActs: catalogue.labels(draft.profession, draft.careActs),
        otherCareAct: draft.otherCareAct,
        status: created.status,
        offeredCount: created.offeredCount,
        serviceName: caller?.organisationName ?? null,
      });
    }
    return { id: batchId, patientId: patient.id, requests };
  });
}

/** The batch an earlier sending of the same submission made (same client key), as it was answered then. */
async function previousBatch(stores: CareRequestsStores, actor: Actor, clientKey: string, serviceName: string | null): Promise<BatchResult> {
  const batch = await stores.careRequests.batchOfClientKey(actor.userId, clientKey);
  if (!batch) throw new AppError('internal');
  const catalogue = await loadCatalogue(stores.careActs);
  const counts = await stores.rounds.offerCounts(batch.requests.map((r) => r.id));
  return {
    id: batch.id,
    patientId: batch.patientId,
    requests: batch.requests.map((request) => ({
      id: request.id,
      number: request.number,
      profession: request.profession,
      careActs: catalogue.labels(request.profession, request.careActs),
      otherCareAct: request.otherCareAct,
      status: request.status,
      offeredCount: counts.get(request.id)?.get(1) ?? 0,
      serviceName,
    })),
  };
}

async function createRequest(
  stores: CareRequestsStores,
  actor: Actor,
  { batchId, patient, draft, ctx }: { batchId: string; patient: PatientForDispatch; draft: CareRequestDraft; ctx: NotifyContext },
) {
  const { now } = ctx;
  const patientId = patient.id;
  const request = await stores.careRequests.insert({
    ...draft,
    batchId,
    patientId,
    requesterId: actor.userId,
    organisationId: actor.organisationId,
    status: draft.selfDispatch ? 'accepted' : 'dispatching',
    performerId: draft.selfDispatch ? actor.userId : null,
    acceptedAt: draft.selfDispatch ? now : null,
    createdAt: now,
  });
  await stores.patients.recordCareRequest({ patientId, userId: actor.userId, number: request.number, at: now });
  await notifyAttendingGp(stores, ctx, request, patient);
  if (draft.selfDispatch) {
    await stores.timeline.append(request.id, [
      { kind: 'self_dispatched', actorId: actor.userId, at: now },
      { kind: 'accepted', actorId: actor.userId, at: now },
    ]);
    await publishChange(stores, request.id);
    return { ...request, offeredCount: 0 };
  }
  const offeredCount = await startRound(stores, request, {
    number: 1,
    startedBy: actor.userId,
    radiusKm: null,
    restrictToNetwork: draft.restrictToNetwork,
    now,
    publicUrl: ctx.publicUrl,
    patient,
  });
  await publishChange(stores, request.id);
  const status = offeredCount === 0 ? 'unanswered' : request.status;
  return { ...request, status, offeredCount } as const;
}
