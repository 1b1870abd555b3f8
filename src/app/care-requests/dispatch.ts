import { deadlineAt, planRound, widenAt, widenOffers } from '../../core/care-requests/dispatch.js';
import { nextStatus } from '../../core/care-requests/lifecycle.js';
import { distanceKm, usualProfessionalEligible } from '../../core/care-requests/matching.js';
import { startWindow } from '../../core/care-requests/window.js';
import type { MatchCriteria } from '../../core/care-requests/types.js';
import { AppError } from '../../core/errors.js';
import { notifyOffers, notifyUnanswered, type NotifyContext } from './notify.js';
import type { CareRequestRecord, CareRequestsStores, PatientForDispatch, RoundRecord } from './ports.js';
import { publishChange } from './live-change.js';

/** Candidates of one round at most (a round never needs more people than this). */
export const MAX_OFFERS_PER_ROUND = 2000;

export const jobKinds = {
  widen: 'care_request.widen_round',
  deadline: 'care_request.round_deadline',
  notifyOffers: 'care_request.notify_offers',
  notifyTaken: 'care_request.notify_taken',
} as const;

interface RoundOptions {
  readonly number: number;
  readonly startedBy: string;
  readonly radiusKm: number | null;
  readonly restrictToNetwork: boolean;
  readonly now: Date;
  /** Not to be offered this round (a performer who handed the request back). */
  readonly excludeUserIds?: readonly string[];
  readonly publicUrl: string;
  /** The patient, when the caller has just read them. */
  readonly patient?: PatientForDispatch;
}

async function criteriaOf(stores: CareRequestsStores, request: CareRequestRecord, patient: PatientForDispatch, round: Pick<RoundRecord, 'radiusKm' | 'restrictToNetwork' | 'startedAt'>): Promise<MatchCriteria> {
  return {
    profession: request.profession,
    careActs: request.careActs,
    careMode: request.careMode,
    patient: { lat: patient.lat, lng: patient.lng },
    radiusKm: round.radiusKm,
    networkIds: round.restrictToNetwork ? await stores.users.networkIds(request.requesterId) : null,
    window: startWindow(request, round.startedAt),
  };
}

async function loadPatient(stores: CareRequestsStores, request: CareRequestRecord): Promise<PatientForDispatch> {
  const patient = await stores.patients.forDispatch(request.patientId);
  if (!patient) throw new AppError('internal');
  return patient;
}

/** The patient's usual professional of the asked profession, when they may be offered the request first. */
async function usualProfessional(stores: CareRequestsStores, request: CareRequestRecord, patient: PatientForDispatch, criteria: MatchCriteria) {
  const usual = patient.usualProfessionals.find((p) => p.profession === request.profession);
  if (!usual || usual.userId === request.requesterId) return null;
  const facts = await stores.candidates.professionalFacts(usual.userId);
  if (!facts || !usualProfessionalEligible(criteria, facts)) return null;
  return { userId: usual.userId, distanceKm: facts.practice ? distanceKm(criteria.patient, facts.practice) : null };
}

/**
 * The SMS, e-mails and pushes of a round's offers (or of its widening) are
 * written by a job, due at once: the déclenchement's transaction commits the
 * offers and their live event without building thousands of outbox rows, and
 * the worker (woken at commit) writes them right after.
 */
function scheduleOfferMessages(stores: CareRequestsStores, payload: { careRequestId: string; roundId: string }, wave: 'start' | 'widened', now: Date): Promise<void> {
  return stores.jobs.schedule({ kind: jobKinds.notifyOffers, key: `notify-offers:${payload.roundId}:${wave}`, payload, runAt: now });
}

/**
 * The offer messages of a round: every offer still open is told on the
 * channels its holder chose (the outbox's idempotency keys keep a professional
 * already told from being told twice). Nothing once the request moved on.
 */
export async function sendOfferMessages(stores: CareRequestsStores, careRequestId: string, roundId: string, ctx: NotifyContext): Promise<void> {
  const request = await stores.careRequests.get(careRequestId);
  const round = await stores.rounds.get(roundId);
  if (!request || !round || request.status !== 'dispatching' || round.number !== request.roundCount) return;
  const patient = await loadPatient(stores, request);
  await notifyOffers(stores, ctx, request, patient, round, await stores.offers.openOfRound(roundId));
}

/**
 * Starts round `number` of a care request (the request row is locked by the
 * caller): offers to the usual professional alone, or to every candidate;
 * schedules the widening and the deadline; with nobody to offer, the request
 * is at once "Aucune ressource disponible". Returns the number of offers.
 */
export async function startRound(stores: CareRequestsStores, request: CareRequestRecord, options: RoundOptions): Promise<number> {
  const patient = options.patient ?? (await loadPatient(stores, request));
  const round = { radiusKm: options.radiusKm, restrictToNetwork: options.restrictToNetwork, startedAt: options.now };
  const criteria = await criteriaOf(stores, request, patient, round);
  const excluded = options.excludeUserIds ?? [];
  const found = await usualProfessional(stores, request, patient, criteria);
  const usual = found && !excluded.includes(found.userId) ? found : null;
  const candidates = usual ? [] : await stores.candidates.find({ ...criteria, excludeUserIds: [request.requesterId, ...excluded], limit: MAX_OFFERS_PER_ROUND });
  const plan = planRound({ requesterId: request.requesterId, usual, candidates });
  const saved = await stores.rounds.insert({
    careRequestId: request.id,
    number: options.number,
    startedBy: options.startedBy,
    startedAt: options.now,
    deadlineAt: deadlineAt(options.now, request.responseDeadlineMinutes),
    radiusKm: options.radiusKm,
    restrictToNetwork: options.restrictToNetwork,
    usualFirst: plan.usualFirst,
  });
  await stores.offers.insert(saved, plan.offers, options.now);
  await stores.live.publish({ type: 'offer', careRequestId: request.id, userIds: plan.offers.map((offer) => offer.userId) });
  const payload = { careRequestId: request.id, roundId: saved.id };
  if (plan.offers.length > 0) await scheduleOfferMessages(stores, payload, 'start', options.now);
  await stores.careRequests.setStatus(request.id, { status: request.status, roundCount: options.number }, options.now);
  await stores.timeline.append(request.id, [{ kind: 'round_started', actorId: options.startedBy, params: { round: options.number }, at: options.now }]);
  if (plan.offers.length === 0) {
    await markUnanswered(stores, { publicUrl: options.publicUrl, now: options.now }, request, saved);
    return 0;
  }
  if (plan.usualFirst) {
    await stores.jobs.schedule({ kind: jobKinds.widen, key: `widen:${saved.id}`, payload, runAt: widenAt(options.now, request.responseDeadlineMinutes) });
  }
  await stores.jobs.schedule({ kind: jobKinds.deadline, key: `deadline:${saved.id}`, payload, runAt: saved.deadlineAt });
  return plan.offers.length;
}

async function markUnanswered(stores: CareRequestsStores, ctx: NotifyContext, request: CareRequestRecord, round: RoundRecord): Promise<void> {
  const now = ctx.now;
  await stores.careRequests.setStatus(request.id, { status: nextStatus(request.status, 'expire') }, now);
  await stores.timeline.append(request.id, [{ kind: 'no_resource', actorId: null, params: { round: round.number }, at: now }]);
  const withdrawn = await stores.offers.withdrawOpen(request.id, now);
  await stores.live.publish({ type: 'withdrawn', careRequestId: request.id, userIds: withdrawn });
  await publishChange(stores, request.id);
  await notifyUnanswered(stores, ctx, request, round.id);
}

/** The round still open for this request, or null when the request moved on (accepted, cancelled, a later round). */
async function openRound(stores: CareRequestsStores, careRequestId: string, roundId: string) {
  const request = await stores.careRequests.lock(careRequestId);
  const round = await stores.rounds.get(roundId);
  if (!request || !round || request.status !== 'dispatching' || round.number !== request.roundCount) return null;
  return { request, round };
}

/** At half the response deadline: the round opens to every candidate besides the usual professional. */
export async function widenRound(stores: CareRequestsStores, careRequestId: string, roundId: string, ctx: NotifyContext): Promise<void> {
  const now = ctx.now;
  const open = await openRound(stores, careRequestId, roundId);
  if (!open || open.round.widenedAt) return;
  const { request, round } = open;
  nextStatus(request.status, 'widen');
  const patient = await loadPatient(stores, request);
  const criteria = await criteriaOf(stores, request, patient, round);
  const offered = new Set((await stores.offers.listForRound(round.id)).map((o) => o.userId));
  const candidates = await stores.candidates.find({ ...criteria, excludeUserIds: [request.requesterId, ...offered], limit: MAX_OFFERS_PER_ROUND });
  const offers = widenOffers(candidates, offered, request.requesterId);
  await stores.offers.insert(round, offers, now);
  await stores.live.publish({ type: 'offer', careRequestId: request.id, userIds: offers.map((offer) => offer.userId) });
  if (offers.length > 0) await scheduleOfferMessages(stores, { careRequestId: request.id, roundId: round.id }, 'widened', now);
  await stores.rounds.markWidened(round.id, now);
  await stores.timeline.append(request.id, [{ kind: 'round_widened', actorId: null, params: { round: round.number, count: offers.length }, at: now }]);
}

/** At the response deadline with no acceptance: "Aucune ressource disponible". */
export async function expireRound(stores: CareRequestsStores, careRequestId: string, roundId: string, ctx: NotifyContext): Promise<void> {
  const open = await openRound(stores, careRequestId, roundId);
  if (!open) return;
  await markUnanswered(stores, ctx, open.request, open.round);
}
