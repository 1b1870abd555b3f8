import type { CareRequestAccessFacts } from '../../core/care-requests/access.js';
import type { CareRequestDraft, CareRequestStatus, MatchCriteria, ProfessionalFacts } from '../../core/care-requests/types.js';
import type { AddressComplements, PatientAccessFacts, Sex, UsualProfessionalRole } from '../../core/patients/index.js';
import type { NotificationStore, RecipientDirectory } from '../notifications/ports.js';
import type { CareProfession, Profession } from '../../core/professions.js';
import type { DocumentMediaType } from '../../core/documents.js';
import type { Transactor } from '../ports.js';
import type { CareRequestListQuery, CareRequestListRow } from './list-query.js';

/** A professional matching a care request, with the straight-line distance from their practice to the patient's home. */
export interface Candidate {
  readonly userId: string;
  /** Null when the professional has no practice position (possible only for remote care modes). */
  readonly distanceKm: number | null;
}

/** The candidate query: every rule of `matchProfessional` (src/core/care-requests/matching.ts), run in the database. */
export interface CandidateFinder {
  /** Candidates nearest first (no distance last), at most `limit`, never those in `excludeUserIds`. */
  find(criteria: MatchCriteria & { readonly excludeUserIds: readonly string[]; readonly limit: number }): Promise<Candidate[]>;
  /** What matching knows of one user (for the usual professional), or null when there is no such user. */
  professionalFacts(userId: string): Promise<ProfessionalFacts | null>;
}

/** A user as the caller step and the fiches show them. */
export interface UserCard {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly profession: Profession;
}

/** APPELANT: the signed-in user, their service and phones. */
export interface CallerProfile extends UserCard {
  readonly organisationName: string | null;
  readonly organisationPhone: string | null;
  readonly mobilePhone: string | null;
  readonly directLine: string | null;
}

/** What the déclenchement needs of the patient. */
export interface PatientForDispatch {
  readonly id: string;
  readonly access: PatientAccessFacts;
  readonly sex: Sex;
  readonly birthDate: string;
  readonly city: string;
  readonly postcode: string;
  readonly lat: number;
  readonly lng: number;
  readonly timeZone: string;
  /** Platform accounts of the usual professionals, by the profession they hold. */
  readonly usualProfessionals: readonly { readonly userId: string; readonly profession: CareProfession; readonly role: UsualProfessionalRole }[];
}

/** One line of the patient's access log written through a care request: what is the part of the fiche touched. */
export interface PatientAccessEntry {
  readonly patientId: string;
  readonly userId: string;
  readonly action: 'read' | 'create' | 'update';
  readonly what?: 'care_request' | 'comment' | 'document';
}

export interface PatientLink {
  forDispatch(patientId: string): Promise<PatientForDispatch | null>;
  /** "Déclenchement #N" in the patient's history, and the access log line. */
  recordCareRequest(entry: { readonly patientId: string; readonly userId: string; readonly number: number; readonly at: Date }): Promise<void>;
  /** Access log: who read or wrote the patient through a care request. */
  logAccess(entry: PatientAccessEntry, at: Date): Promise<void>;
  /** Access log: one 'read' line per patient, in one insert (a page of the dashboard). */
  logReads(patientIds: readonly string[], userId: string, at: Date): Promise<void>;
}

export interface UserLookup {
  caller(userId: string): Promise<CallerProfile | null>;
  /** Networks (CPTS) the user is a member of. */
  networkIds(userId: string): Promise<string[]>;
  saveDirectLine(userId: string, directLine: string | null): Promise<void>;
  /** Position of the user's practice, when known. */
  practice(userId: string): Promise<{ readonly lat: number; readonly lng: number } | null>;
}

/** The catalogue of Soins: code → label, and the active codes of each profession. */
export interface CareActCatalogue {
  list(): Promise<readonly { readonly profession: CareProfession; readonly code: string; readonly label: string; readonly active: boolean }[]>;
}

export interface NewCareRequest extends CareRequestDraft {
  readonly batchId: string;
  readonly patientId: string;
  readonly requesterId: string;
  readonly organisationId: string | null;
  readonly status: CareRequestStatus;
  readonly performerId: string | null;
  readonly acceptedAt: Date | null;
  readonly createdAt: Date;
}

/** A care request row. */
export interface CareRequestRecord extends NewCareRequest {
  readonly id: string;
  readonly number: number;
  readonly roundCount: number;
  readonly updatedAt: Date;
}

export interface RoundRecord {
  readonly id: string;
  readonly careRequestId: string;
  readonly number: number;
  readonly startedBy: string;
  readonly startedAt: Date;
  readonly deadlineAt: Date;
  readonly radiusKm: number | null;
  readonly restrictToNetwork: boolean;
  readonly usualFirst: boolean;
  readonly widenedAt: Date | null;
}

/** An offer, known by its round and its user. */
export interface OfferRecord {
  readonly roundId: string;
  readonly userId: string;
  readonly phase: 'usual' | 'open';
  readonly distanceKm: number | null;
  readonly offeredAt: Date;
}

export type OfferResponse = 'accepted' | 'declined' | 'withdrawn';
export type DeclineReason = 'hors_zone' | 'indisponible' | 'soin_non_pratique' | 'autre';

/** An offer with its answer. */
export interface OfferState extends OfferRecord {
  readonly careRequestId: string;
  readonly roundNumber: number;
  readonly seenAt: Date | null;
  readonly response: OfferResponse | null;
  readonly respondedAt: Date | null;
  readonly declineReason: DeclineReason | null;
  readonly declineComment: string | null;
}

/** Ressource déclenchée: an offer with who it went to and the channels that carried it. */
export interface ResourceRecord extends OfferState {
  readonly user: UserCard;
  readonly channels: readonly { readonly channel: 'sms' | 'email' | 'push'; readonly status: 'pending' | 'sent' | 'failed'; readonly at: Date | null }[];
}

export interface TimelineEventRecord {
  readonly id: string;
  readonly kind: string;
  readonly at: Date;
  readonly actor: UserCard | null;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The people and places around a care request, for its views. */
export interface CareRequestContext {
  readonly requester: UserCard & {
    readonly organisationName: string | null;
    readonly organisationPhone: string | null;
    readonly mobilePhone: string | null;
    readonly email: string;
  };
  readonly batch: { readonly callerPhone: string | null; readonly directLine: string | null };
  readonly performer: UserCard | null;
  readonly patient: {
    readonly id: string;
    readonly lastName: string;
    readonly firstName: string;
    readonly sex: Sex;
    readonly birthDate: string;
    readonly phone: string;
    readonly addressLabel: string;
    readonly postcode: string;
    readonly city: string;
    readonly lat: number;
    readonly lng: number;
  } & AddressComplements;
}


export interface CareRequestStore {
  /** Inserts a batch; null when the requester already made one with this client key (waits for a concurrent one to commit). */
  insertBatch(batch: {
    patientId: string;
    requesterId: string;
    organisationId: string | null;
    callerPhone: string | null;
    directLine: string | null;
    clientKey: string | null;
    createdAt: Date;
  }): Promise<string | null>;
  /** The requester's batch made with this client key, with its requests in creation order. */
  batchOfClientKey(requesterId: string, clientKey: string): Promise<{ id: string; patientId: string; requests: CareRequestRecord[] } | null>;
  insert(request: NewCareRequest): Promise<CareRequestRecord>;
  get(id: string): Promise<CareRequestRecord | null>;
  /** The row locked for the rest of the transaction (one change of a care request at a time). */
  lock(id: string): Promise<CareRequestRecord | null>;
  idOfNumber(number: number): Promise<string | null>;
  setStatus(id: string, change: { status: CareRequestStatus; performerId?: string | null; acceptedAt?: Date | null; roundCount?: number }, now: Date): Promise<void>;
  /**
   * These requests (unknown ids left out), each with what the access rules need to know of it for
   * `viewerId` (their offers only, not the thousands a round may make): one query whatever their number.
   */
  withAccessFacts(ids: readonly string[], viewerId: string): Promise<Map<string, { record: CareRequestRecord; access: CareRequestAccessFacts }>>;
  context(id: string): Promise<CareRequestContext | null>;
  /**
   * Who follows the fiche in full and should see its changes live: the requester, the members of
   * their organisation, the supervisors of that organisation or of the requester's networks, the
   * performer and the patient's usual professionals (active accounts).
   */
  audience(id: string): Promise<string[]>;
  /** The dashboard: one page of the fiches of `query.scope`, newest first by `query.sort`, after `query.after`. */
  list(query: CareRequestListQuery): Promise<CareRequestListRow[]>;
  /** `context` of several requests, in one query. */
  contexts(ids: readonly string[]): Promise<Map<string, CareRequestContext>>;
}

export interface RoundStore {
  insert(round: Omit<RoundRecord, 'id' | 'widenedAt'>): Promise<RoundRecord>;
  get(id: string): Promise<RoundRecord | null>;
  list(careRequestId: string): Promise<RoundRecord[]>;
  markWidened(id: string, at: Date): Promise<void>;
  /** Offers made in each round of these requests. */
  offerCounts(careRequestIds: readonly string[]): Promise<Map<string, Map<number, number>>>;
}

export interface OfferStore {
  /** The offers of a round (or of its widening), all made at `offeredAt`. */
  insert(round: { readonly id: string }, offers: readonly Pick<OfferRecord, 'userId' | 'phase' | 'distanceKm'>[], offeredAt: Date): Promise<void>;
  listForRound(roundId: string): Promise<OfferRecord[]>;
  /** The offers of a round nobody answered yet (nor withdrew). */
  openOfRound(roundId: string): Promise<Pick<OfferRecord, 'userId' | 'distanceKm'>[]>;
  /** The user's offers of a request, latest round first. */
  ofUser(careRequestId: string, userId: string): Promise<OfferState[]>;
  /** Marks the user's unseen offers of a request as seen. */
  markSeen(careRequestId: string, userId: string, at: Date): Promise<void>;
  respond(offer: Pick<OfferRecord, 'roundId' | 'userId'>, answer: { response: OfferResponse; declineReason?: DeclineReason | null; declineComment?: string | null }, at: Date): Promise<void>;
  /** Withdraws every unanswered offer of a request; returns the users who held one. */
  withdrawOpen(careRequestId: string, at: Date): Promise<string[]>;
  /** The users holding an offer of a request, of any round and whatever their answer. */
  holders(careRequestId: string): Promise<string[]>;
  /** Who had their offer of the request withdrawn at `at` (when it was accepted). */
  withdrawnAt(careRequestId: string, at: Date): Promise<string[]>;
  /** Ressources déclenchées of a request, in offer order. */
  resources(careRequestId: string): Promise<ResourceRecord[]>;
  /** "Demandes reçues": the user's offers made since `since`, newest first. */
  received(userId: string, since: Date, limit: number): Promise<OfferState[]>;
}

export interface VisitStore {
  /** Visits recorded so far. */
  count(careRequestId: string): Promise<number>;
  insert(visit: { careRequestId: string; performerId: string; number: number; at: Date }): Promise<void>;
}

/** A change users should see at once: carried by NOTIFY on commit to every instance's SSE streams. */
export interface LiveEvent {
  readonly type: 'offer' | 'taken' | 'withdrawn' | 'changed';
  readonly careRequestId: string;
  readonly userIds: readonly string[];
}

export interface LivePublisher {
  /** Sent when (and only if) the transaction commits. */
  publish(event: LiveEvent): Promise<void>;
}

export interface TimelineStore {
  append(careRequestId: string, events: readonly { kind: string; actorId: string | null; params?: Readonly<Record<string, string | number>>; at: Date }[]): Promise<void>;
  /** Newest first; `perRequest` lines of each request at most (all of them when not given). */
  latest(careRequestIds: readonly string[], perRequest?: number): Promise<Map<string, TimelineEventRecord[]>>;
}

/** Tags of fiches ("Ajouter un commentaire / un tag"), compared without case. */
export interface TagStore {
  /** Adds the tag unless the fiche already has it (in any case). */
  add(careRequestId: string, tag: string, userId: string, at: Date): Promise<void>;
  /** The tags of each request, in the order they were added. */
  ofRequests(careRequestIds: readonly string[]): Promise<Map<string, string[]>>;
}

/** A document of a fiche, without its content. */
export interface DocumentRecord {
  readonly id: string;
  readonly careRequestId: string;
  readonly title: string;
  readonly fileName: string;
  readonly mediaType: DocumentMediaType;
  readonly sizeBytes: number;
  /** SHA-256 of the content, hex. */
  readonly sha256: string;
  readonly uploadedBy: UserCard;
  readonly createdAt: Date;
}

/** Documents of fiches ("Ajouter un document à la fiche"): append-only. */
export interface DocumentStore {
  /** Stores a document; returns its id. */
  insert(document: Omit<DocumentRecord, 'id' | 'uploadedBy'> & { readonly uploadedBy: string; readonly content: Buffer }): Promise<string>;
  /** The documents of a request, newest first. */
  ofRequest(careRequestId: string): Promise<DocumentRecord[]>;
  find(id: string): Promise<DocumentRecord | null>;
  /** The bytes of a document (read once its reader's rights are checked). */
  content(id: string): Promise<Buffer | null>;
}

/** Deferred work stored in the database. */
export interface JobRecord {
  readonly id: string;
  readonly kind: string;
  readonly payload: Readonly<Record<string, string>>;
  readonly runAt: Date;
  readonly attempts: number;
}

export interface JobStore {
  /** Schedules a job once per key (a second schedule with the same key is ignored). */
  schedule(job: { kind: string; key: string; payload: Readonly<Record<string, string>>; runAt: Date }): Promise<void>;
  /** Claims up to `limit` due jobs for `leaseMs` (other instances skip them). */
  claimDue(now: Date, limit: number, leaseMs: number): Promise<JobRecord[]>;
  complete(id: string, now: Date): Promise<void>;
  /** Records a failure and retries at `retryAt`. */
  fail(id: string, error: string, retryAt: Date): Promise<void>;
}

/** The stores one care-requests transaction works with. */
export interface CareRequestsStores {
  readonly careRequests: CareRequestStore;
  readonly rounds: RoundStore;
  readonly offers: OfferStore;
  readonly visits: VisitStore;
  readonly live: LivePublisher;
  readonly outbox: Pick<NotificationStore, 'enqueue'>;
  readonly recipients: RecipientDirectory;
  readonly timeline: TimelineStore;
  readonly tags: TagStore;
  readonly documents: DocumentStore;
  readonly jobs: JobStore;
  readonly candidates: CandidateFinder;
  readonly patients: PatientLink;
  readonly users: UserLookup;
  readonly careActs: CareActCatalogue;
}

export type CareRequestsTransactor = Transactor<CareRequestsStores>;

