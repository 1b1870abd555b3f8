import type { CareRequestInput, CareRequestStatus } from '../../core/care-requests/types.js';
import type { CareMode, CareProfession, Profession } from '../../core/professions.js';
import type { Sex } from './patient-types.js';

export type { CareRequestInput, CareRequestStatus };

/** One act of `GET /api/care-acts` (the active catalogue, per profession, sorted by position). */
export interface CareAct {
  profession: CareProfession;
  code: string;
  label: string;
  position: number;
  active: boolean;
}

/** `GET /api/care-requests/caller`: what prefills "CRÉATION DÉCLENCHEMENT - APPELANT". */
export interface Caller {
  firstName: string;
  lastName: string;
  profession: Profession;
  organisationName: string | null;
  /** E.164 */
  organisationPhone: string | null;
  /** E.164 */
  mobilePhone: string | null;
  /** E.164 */
  directLine: string | null;
}

/** Body of `POST /api/care-request-batches`. */
export interface CareRequestBatchInput {
  patientId: string;
  callerPhone: string | null;
  directLine: string | null;
  requests: CareRequestInput[];
  /** Names this submission: sent again after a network error, it does not trigger twice. */
  clientKey: string;
}

export interface CareActRef {
  code: string;
  label: string;
}

/** One request of the created batch, as the success message tells it. */
export interface CreatedCareRequest {
  id: string;
  number: number;
  profession: CareProfession;
  careActs: CareActRef[];
  otherCareAct: string | null;
  status: CareRequestStatus;
  offeredCount: number;
  serviceName: string | null;
}

export interface CareRequestBatch {
  id: string;
  patientId: string;
  requests: CreatedCareRequest[];
}

export interface Requester {
  id: string;
  firstName: string;
  lastName: string;
  profession: Profession;
  organisationName: string | null;
  callerPhone: string | null;
  directLine: string | null;
  /** Contacts revealed with the full view, when the server sends them. */
  organisationPhone?: string | null;
  mobilePhone?: string | null;
  email?: string | null;
}

/** Complements of the address, shown to the performer when the view carries them. */
export interface AddressComplements {
  addressComplement?: string | null;
  building?: string | null;
  staircase?: string | null;
  floor?: string | null;
  digicode?: string | null;
  intercom?: string | null;
  door?: string | null;
}

export interface FullPatientView extends AddressComplements {
  view: 'full';
  id: string;
  lastName: string;
  firstName: string;
  sex: Sex;
  birthDate: string;
  phone: string;
  addressLabel: string | null;
  postcode: string;
  city: string;
}

/** What a professional offered the request sees before accepting it. */
export interface AnonymisedPatientView {
  view: 'anonymised';
  sex: Sex;
  ageYears: number;
  city: string;
  postcode: string;
  distanceKm: number | null;
}

export type CareRequestPatientView = FullPatientView | AnonymisedPatientView;

export interface Performer {
  id: string;
  firstName: string;
  lastName: string;
  profession: Profession;
}

/** "1er Déclenchement", "2e Déclenchement"… */
export interface DispatchRound {
  number: number;
  startedAt: string;
  deadlineAt: string;
  widenedAt: string | null;
  radiusKm: number | null;
  restrictToNetwork: boolean;
  usualFirst: boolean;
  offerCount: number;
}

/** One HORODATAGE line; `text` is already French. */
export interface TimelineLine {
  id: string;
  kind: string;
  at: string;
  text: string;
  /** Who did it, when `text` does not say it: "ROUX Isabelle (Superviseur)". */
  by: string | null;
}

interface CareRequestBase {
  id: string;
  /** Shown "#" + 8 digits. */
  number: number;
  status: CareRequestStatus;
  profession: CareProfession;
  careActs: CareActRef[];
  otherCareAct: string | null;
  careMode: CareMode;
  restrictToNetwork: boolean;
  startOn: string | null;
  startWithinMinutes: number | null;
  timeZone: string;
  days: number;
  visitsPerDay: number;
  responseDeadlineMinutes: number;
  comment: string;
  selfDispatched: boolean;
  createdAt: string;
  requester: Requester;
  performer: Performer | null;
  offerCount: number;
  /** Newest first. */
  timeline: TimelineLine[];
  /** Tags added with comments (empty in the anonymised view). */
  tags: string[];
}

export type DeclineReason = 'hors_zone' | 'indisponible' | 'soin_non_pratique' | 'autre';
export const declineReasons: readonly DeclineReason[] = ['hors_zone', 'indisponible', 'soin_non_pratique', 'autre'];

export type OfferResponse = 'accepted' | 'declined' | 'withdrawn';

/** The viewer's own offer of a request (a notified professional). */
export interface MyOffer {
  phase: 'usual' | 'open';
  offeredAt: string;
  seenAt: string | null;
  response: OfferResponse | null;
  declineReason: DeclineReason | null;
}

/** What the viewer may do on the fiche now. */
export interface CareRequestActions {
  retrigger: boolean;
  accept: boolean;
  decline: boolean;
  cancel: boolean;
  recordVisit: boolean;
  complete: boolean;
  handBack: boolean;
  seeResources: boolean;
  comment: boolean;
  /** "Ajouter un document à la fiche". */
  addDocument: boolean;
}

/** `GET /api/care-requests/:id` and `/number/:number`. */
export interface CareRequestView extends CareRequestBase {
  patient: CareRequestPatientView;
  rounds: DispatchRound[];
  myOffer: MyOffer | null;
  /** Passages recorded / planned (Nb jours × Passage(s)/j). */
  visits: { done: number; planned: number };
  can: CareRequestActions;
}

/** A line of "Demandes reçues" (`GET /api/offers`): the patient is anonymised unless the viewer is the usual professional. */
export interface ReceivedOffer {
  offer: MyOffer;
  careRequest: Omit<CareRequestSummary, 'patient'> & { patient: CareRequestPatientView };
}

export type ChannelKind = 'sms' | 'email' | 'push';
export type ChannelStatus = 'pending' | 'sent' | 'failed';

/** A line of the Ressources déclenchées (`GET /api/care-requests/:id/resources`). */
export interface Resource {
  round: number;
  professional: Performer;
  phase: 'usual' | 'open';
  distanceKm: number | null;
  offeredAt: string;
  channels: { channel: ChannelKind; status: ChannelStatus; at: string | null }[];
  seenAt: string | null;
  response: OfferResponse | null;
  respondedAt: string | null;
  declineReason: DeclineReason | null;
  declineComment: string | null;
}

/** Body of `POST /api/care-requests/:id/comments` ("Ajouter un commentaire / un tag"). */
export interface CommentInput {
  text: string;
  tag?: string;
}

/** Body of `POST /api/care-requests/:id/decline`. */
export interface DeclineInput {
  reason: DeclineReason;
  comment?: string;
}

/** A row of "Mes fiches" (`timeline` holds the latest 3 lines). */
export interface CareRequestSummary extends CareRequestBase {
  patient: FullPatientView;
}

/** Body of `POST /api/care-requests/:id/rounds` ("Déclencher de nouveau"). */
export interface RetriggerInput {
  radiusKm: number | null;
  restrictToNetwork: boolean;
}
