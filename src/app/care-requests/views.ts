import type { CareRequestStatus } from '../../core/care-requests/types.js';
import type { Sex } from '../../core/patients/index.js';
import type { CareMode, CareProfession } from '../../core/professions.js';
import type { CareRequestContext, DeclineReason, DocumentRecord, UserCard } from './ports.js';

export interface CareActLabel {
  readonly code: string;
  readonly label: string;
}

/** One horodatage line, already in French. */
export interface TimelineLine {
  readonly id: string;
  readonly kind: string;
  /** ISO 8601 instant. */
  readonly at: string;
  readonly text: string;
  /** Who did it, when the text does not say it: "ROUX Isabelle (Superviseur)". */
  readonly by: string | null;
}

/** The patient as those with the full view read them (no coordinates). */
export type FullPatient = { readonly view: 'full' } & Omit<CareRequestContext['patient'], 'lat' | 'lng'>;

/** What an offered professional learns of the patient before acceptance. */
export interface AnonymisedPatient {
  readonly view: 'anonymised';
  readonly sex: Sex;
  readonly ageYears: number;
  readonly city: string;
  readonly postcode: string;
  readonly distanceKm: number | null;
}

/** A care request in "Mes fiches". */
export interface CareRequestSummary {
  readonly id: string;
  readonly number: number;
  readonly status: CareRequestStatus;
  readonly profession: CareProfession;
  readonly careActs: CareActLabel[];
  readonly otherCareAct: string | null;
  readonly careMode: CareMode;
  readonly restrictToNetwork: boolean;
  readonly startOn: string | null;
  readonly startWithinMinutes: number | null;
  readonly timeZone: string;
  readonly days: number;
  readonly visitsPerDay: number;
  readonly responseDeadlineMinutes: number;
  readonly comment: string;
  readonly selfDispatched: boolean;
  readonly createdAt: string;
  /** Phones and e-mail are null in the anonymised view (revealed on acceptance). */
  readonly requester: UserCard & {
    readonly organisationName: string | null;
    readonly callerPhone: string | null;
    readonly directLine: string | null;
    readonly organisationPhone: string | null;
    readonly mobilePhone: string | null;
    readonly email: string | null;
  };
  readonly patient: FullPatient | AnonymisedPatient;
  readonly performer: UserCard | null;
  /** Ressources déclenchées, every round. */
  readonly offerCount: number;
  /** Newest first. */
  readonly timeline: TimelineLine[];
  /** Tags added with comments (full view only). */
  readonly tags: string[];
}

export interface RoundView {
  readonly number: number;
  readonly startedAt: string;
  readonly deadlineAt: string;
  readonly widenedAt: string | null;
  readonly radiusKm: number | null;
  readonly restrictToNetwork: boolean;
  readonly usualFirst: boolean;
  readonly offerCount: number;
}

/** The viewer's own offer of the request (a notified professional). */
export interface MyOffer {
  readonly phase: 'usual' | 'open';
  readonly offeredAt: string;
  readonly seenAt: string | null;
  readonly response: 'accepted' | 'declined' | 'withdrawn' | null;
  readonly declineReason: DeclineReason | null;
}

/** What the viewer may do on the fiche now. */
export interface CareRequestActions {
  readonly retrigger: boolean;
  readonly accept: boolean;
  readonly decline: boolean;
  readonly cancel: boolean;
  readonly recordVisit: boolean;
  readonly complete: boolean;
  readonly handBack: boolean;
  readonly seeResources: boolean;
  /** Ajouter un commentaire / un tag: the requester's side and the performer. */
  readonly comment: boolean;
  /** "Ajouter un document à la fiche": the requester's side and the performer. */
  readonly addDocument: boolean;
}

/** The fiche of a care request. */
export interface CareRequestView extends CareRequestSummary {
  readonly rounds: RoundView[];
  readonly myOffer: MyOffer | null;
  /** Passages recorded against the plan (Nb jours × Passage(s)/j). */
  readonly visits: { readonly done: number; readonly planned: number };
  readonly can: CareRequestActions;
}

/** A line of "Demandes reçues". */
export interface ReceivedOffer {
  readonly offer: MyOffer;
  readonly careRequest: CareRequestSummary;
}

/** A document of the fiche (its content is fetched apart); `createdAt` an ISO 8601 instant. */
export type DocumentView = Omit<DocumentRecord, 'careRequestId' | 'createdAt'> & { readonly createdAt: string };

/** One line of the Ressources déclenchées. */
export interface ResourceView {
  readonly round: number;
  readonly professional: UserCard;
  readonly phase: 'usual' | 'open';
  readonly distanceKm: number | null;
  readonly offeredAt: string;
  readonly channels: { readonly channel: 'sms' | 'email' | 'push'; readonly status: 'pending' | 'sent' | 'failed'; readonly at: string | null }[];
  readonly seenAt: string | null;
  readonly response: 'accepted' | 'declined' | 'withdrawn' | null;
  readonly respondedAt: string | null;
  readonly declineReason: DeclineReason | null;
  readonly declineComment: string | null;
}

/** One line of "Déclenchement réussi". */
export interface TriggeredRequest {
  readonly id: string;
  readonly number: number;
  readonly profession: CareProfession;
  readonly careActs: CareActLabel[];
  readonly otherCareAct: string | null;
  readonly status: CareRequestStatus;
  /** Intervenant(s) déclenché(s) in the first round. */
  readonly offeredCount: number;
  /** The requester's organisation (service). */
  readonly serviceName: string | null;
}

export interface BatchResult {
  readonly id: string;
  readonly patientId: string;
  readonly requests: TriggeredRequest[];
}
