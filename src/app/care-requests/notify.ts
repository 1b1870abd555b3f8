import { localDateTime } from '../../core/care-requests/calendar.js';
import { channelsFor, URGENT_OFFER_MINUTES, type Channel } from '../../core/notifications/channels.js';
import { t } from '../../i18n/index.js';
import type { OutgoingNotification, UserReach } from '../notifications/ports.js';
import type { CareRequestRecord, CareRequestsStores, PatientForDispatch, UserCard } from './ports.js';
import { timelineName } from './timeline-text.js';

/** Where the messages point to. */
export interface NotifyContext {
  readonly publicUrl: string;
  readonly now: Date;
}

interface Message {
  readonly kind: string;
  /** Unique per event: the idempotency key is `<key>:<user>:<channel>`. */
  readonly key: string;
  readonly subject: string;
  /** Text per channel; a channel without text is not used for this message. */
  readonly text: Partial<Record<Channel, string>>;
  /** Sent whatever the quiet hours by SMS (an offer to answer in under 30 minutes). */
  readonly urgent: boolean;
}

const clock = (instant: Date, timeZone: string): string => {
  const minute = localDateTime(instant, timeZone).minute;
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
};

const ficheUrl = (ctx: NotifyContext, request: CareRequestRecord) => `${ctx.publicUrl}/fiches/${request.number}`;
const professionLabel = (request: CareRequestRecord) => t(`domain.profession.${request.profession}`);

/** The outbox rows of a message (the same or one per user) for these users, on the channels each one chose and can be reached on now. */
function rowsFor(users: readonly UserReach[], request: CareRequestRecord, messageOf: (userId: string) => Message, ctx: NotifyContext): OutgoingNotification[] {
  const localMinute = localDateTime(ctx.now, request.timeZone).minute;
  const url = ficheUrl(ctx, request);
  return users.flatMap((user) => {
    const message = messageOf(user.userId);
    const reach = { ...user, hasMobile: user.mobilePhone !== null, hasEmail: true, pushDevices: user.pushSubscriptionIds.length };
    const channels = channelsFor(reach, { localMinute, urgent: message.urgent }).filter((channel) => message.text[channel] !== undefined);
    return channels.flatMap((channel): OutgoingNotification[] => {
      const base = { userId: user.userId, channel, kind: message.kind, careRequestId: request.id, subject: message.subject, body: message.text[channel] ?? '', url };
      if (channel === 'push') return user.pushSubscriptionIds.map((id) => ({ ...base, key: `${message.key}:${user.userId}:push:${id}`, recipient: id }));
      const recipient = channel === 'sms' ? user.mobilePhone : user.email;
      return recipient ? [{ ...base, key: `${message.key}:${user.userId}:${channel}`, recipient }] : [];
    });
  });
}

/** One read of the recipients and one insert, whatever their number (an offer may go to 2 000 professionals). */
async function enqueue(
  stores: CareRequestsStores,
  userIds: readonly string[],
  request: CareRequestRecord,
  message: Message | ((userId: string) => Message),
  ctx: NotifyContext,
): Promise<void> {
  if (userIds.length === 0) return;
  const users = await stores.recipients.reachOf(userIds);
  await stores.outbox.enqueue(rowsFor(users, request, typeof message === 'function' ? message : () => message, ctx), ctx.now);
}

/** The offers of a round (or of its widening): every channel the professionals chose. */
export async function notifyOffers(
  stores: CareRequestsStores,
  ctx: NotifyContext,
  request: CareRequestRecord,
  patient: PatientForDispatch,
  round: { readonly id: string; readonly deadlineAt: Date },
  offers: readonly { readonly userId: string; readonly distanceKm: number | null }[],
): Promise<void> {
  const params = (distanceKm: number | null) => ({
    profession: professionLabel(request),
    city: patient.city,
    distance: distanceKm === null ? '' : t('notifications.offer.distance', { km: distanceKm.toFixed(1).replace('.', ',') }),
    deadline: clock(round.deadlineAt, request.timeZone),
    url: ficheUrl(ctx, request),
  });
  const distances = new Map(offers.map((offer) => [offer.userId, offer.distanceKm]));
  await enqueue(stores, [...distances.keys()], request, (userId) => {
    const p = params(distances.get(userId) ?? null);
    return {
      kind: 'offer',
      key: `offer:${round.id}`,
      subject: t('notifications.offer.subject'),
      text: { sms: t('notifications.offer.sms', p), push: t('notifications.offer.push', p), email: t('notifications.offer.email', p) },
      urgent: request.responseDeadlineMinutes < URGENT_OFFER_MINUTES,
    };
  }, ctx);
}

/** "Déjà pris en charge": the other offer holders, by push. */
export function notifyTaken(stores: CareRequestsStores, ctx: NotifyContext, request: CareRequestRecord, userIds: readonly string[]): Promise<void> {
  return enqueue(stores, userIds, request, {
    kind: 'taken',
    key: `taken:${request.id}`,
    subject: t('notifications.taken.subject'),
    text: { push: t('notifications.taken.push', { number: request.number }) },
    urgent: false,
  }, ctx);
}

/** The patient's attending GP when they are a user (and not the requester). */
export function attendingGpOf(patient: PatientForDispatch | null, request: CareRequestRecord): string | null {
  const gp = patient?.usualProfessionals.find((p) => p.role === 'medecin_traitant');
  return gp && gp.userId !== request.requesterId ? gp.userId : null;
}

/** The requester, and the patient's attending GP, learn who accepted. */
export async function notifyAccepted(stores: CareRequestsStores, ctx: NotifyContext, request: CareRequestRecord, performer: UserCard): Promise<void> {
  const params = { name: timelineName(performer), profession: t(`domain.profession.${performer.profession}`), number: request.number, url: ficheUrl(ctx, request) };
  const gp = attendingGpOf(await stores.patients.forDispatch(request.patientId), request);
  await enqueue(stores, [request.requesterId, ...(gp ? [gp] : [])], request, {
    kind: 'accepted',
    key: `accepted:${request.id}:${performer.id}`,
    subject: t('notifications.accepted.subject', params),
    text: { push: t('notifications.accepted.push', params), email: t('notifications.accepted.email', params) },
    urgent: false,
  }, ctx);
}

/** The patient's attending GP is informed of every care request (by e-mail, no patient identity in it). */
export function notifyAttendingGp(stores: CareRequestsStores, ctx: NotifyContext, request: CareRequestRecord, patient: PatientForDispatch): Promise<void> {
  const gp = attendingGpOf(patient, request);
  if (!gp) return Promise.resolve();
  const params = { profession: professionLabel(request), number: request.number, url: ficheUrl(ctx, request) };
  return enqueue(stores, [gp], request, {
    kind: 'attending_gp',
    key: `attending:${request.id}`,
    subject: t('notifications.attendingGp.subject'),
    text: { email: t('notifications.attendingGp.email', params) },
    urgent: false,
  }, ctx);
}

/** Nobody accepted in time. */
export function notifyUnanswered(stores: CareRequestsStores, ctx: NotifyContext, request: CareRequestRecord, roundId: string): Promise<void> {
  const params = { number: request.number, url: ficheUrl(ctx, request) };
  return enqueue(stores, [request.requesterId], request, {
    kind: 'unanswered',
    key: `unanswered:${roundId}`,
    subject: t('notifications.unanswered.subject', params),
    text: { push: t('notifications.unanswered.push', params), email: t('notifications.unanswered.email', params) },
    urgent: false,
  }, ctx);
}

/** The offer holders and the performer learn of a cancellation (the performer by SMS too). */
export async function notifyCancelled(stores: CareRequestsStores, ctx: NotifyContext, request: CareRequestRecord, offerHolders: readonly string[]): Promise<void> {
  const params = { number: request.number, url: ficheUrl(ctx, request) };
  const message = (withSms: boolean): Message => ({
    kind: 'cancelled',
    key: `cancelled:${request.id}`,
    subject: t('notifications.cancelled.subject', params),
    text: { push: t('notifications.cancelled.push', params), ...(withSms ? { sms: t('notifications.cancelled.sms', params) } : {}) },
    urgent: false,
  });
  await enqueue(stores, offerHolders, request, message(false), ctx);
  if (request.performerId) await enqueue(stores, [request.performerId], request, message(true), ctx);
}
