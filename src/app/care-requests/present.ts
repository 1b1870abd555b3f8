import { anonymisedPatient } from '../../core/care-requests/anonymise.js';
import type { CareRequestVisibility } from '../../core/care-requests/access.js';
import { localDate } from '../../core/patients/index.js';
import type { LoadedCatalogue } from './catalogue.js';
import type { CareRequestContext, CareRequestRecord, TimelineEventRecord } from './ports.js';
import { timelineBy, timelineText } from './timeline-text.js';
import type { CareRequestSummary, FullPatient, TimelineLine } from './views.js';

/** Ressources déclenchées of a request over all its rounds, from `RoundStore.offerCounts`. */
export function totalOffers(counts: ReadonlyMap<string, ReadonlyMap<number, number>>, careRequestId: string): number {
  return [...(counts.get(careRequestId)?.values() ?? [])].reduce((sum, n) => sum + n, 0);
}

export function toTimelineLines(events: readonly TimelineEventRecord[]): TimelineLine[] {
  return events.map((event) => ({ id: event.id, kind: event.kind, at: event.at.toISOString(), text: timelineText(event), by: timelineBy(event) }));
}

interface SummaryParts {
  readonly context: CareRequestContext;
  readonly offerCount: number;
  readonly timeline: readonly TimelineEventRecord[];
  readonly tags: readonly string[];
  readonly visibility: CareRequestVisibility;
  /** The viewer's practice, for the distance of an anonymised offer. */
  readonly viewerPractice: { readonly lat: number; readonly lng: number } | null;
  readonly catalogue: LoadedCatalogue;
  readonly now: Date;
}

function fullPatient(patient: CareRequestContext['patient']): FullPatient {
  const { lat: _lat, lng: _lng, ...shown } = patient;
  return { view: 'full', ...shown };
}

/** Horodatage lines only the full view shows: what the requester and the performer exchange may name the patient. */
const FULL_VIEW_KINDS: ReadonlySet<string> = new Set(['comment', 'document_added']);

/** The horodatage lines a viewer with `visibility` reads. */
export function visibleTimeline(events: readonly TimelineEventRecord[], visibility: CareRequestVisibility): TimelineLine[] {
  return toTimelineLines(visibility === 'full' ? events : events.filter((event) => !FULL_VIEW_KINDS.has(event.kind)));
}

/** A care request as a viewer with `visibility` reads it: the anonymised patient unless full. */
export function toSummary(request: CareRequestRecord, parts: SummaryParts): CareRequestSummary {
  const { context } = parts;
  const patient =
    parts.visibility === 'full'
      ? fullPatient(context.patient)
      : { view: 'anonymised' as const, ...anonymisedPatient(context.patient, parts.viewerPractice, localDate(parts.now, request.timeZone)) };
  return {
    id: request.id,
    number: request.number,
    status: request.status,
    profession: request.profession,
    careActs: parts.catalogue.labels(request.profession, request.careActs),
    otherCareAct: request.otherCareAct,
    careMode: request.careMode,
    restrictToNetwork: request.restrictToNetwork,
    startOn: request.startOn,
    startWithinMinutes: request.startWithinMinutes,
    timeZone: request.timeZone,
    days: request.days,
    visitsPerDay: request.visitsPerDay,
    responseDeadlineMinutes: request.responseDeadlineMinutes,
    comment: request.comment,
    selfDispatched: request.selfDispatch,
    createdAt: request.createdAt.toISOString(),
    // The requester's contacts are revealed on acceptance, not with the anonymised offer.
    requester:
      parts.visibility === 'full'
        ? { ...context.requester, ...context.batch }
        : { ...context.requester, callerPhone: null, directLine: null, organisationPhone: null, mobilePhone: null, email: null },
    patient,
    performer: context.performer,
    offerCount: parts.offerCount,
    timeline: visibleTimeline(parts.timeline, parts.visibility),
    tags: parts.visibility === 'full' ? [...parts.tags] : [],
  };
}
