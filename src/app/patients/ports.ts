import type { CaseloadKeyword, PatientAccessFacts, PatientDraft, PatientSearchCriteria, UsualProfessionalRole } from '../../core/patients/index.js';
import type { Profession } from '../../core/professions.js';
import type { Transactor } from '../ports.js';
import type { AccessReportStore } from './access-report-ports.js';

/** A patient row as stored: the checked draft plus ids and timestamps. */
export interface PatientRecord extends PatientDraft {
  readonly id: string;
  readonly lastNameSearch: string;
  readonly firstNameSearch: string;
  readonly createdBy: string | null;
  readonly organisationId: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Who is asking, as the visibility query sees them. */
export interface Viewer {
  readonly userId: string;
  readonly organisationId: string | null;
}

export interface CaseloadFilter {
  /** MOT-CLÉ; null for none. */
  readonly keyword: CaseloadKeyword | null;
  /** Keep patients with an event at or after this instant; null for all. */
  readonly since: Date | null;
  readonly limit: number;
}

export interface PatientStore {
  get(id: string): Promise<PatientRecord | null>;
  /** Creator, organisations and followers of a patient; null when missing. */
  accessFacts(id: string): Promise<PatientAccessFacts | null>;
  /** Inserts a patient and returns its id; throws `patients.nir_taken` when the NIR is already used. */
  insert(draft: PatientDraft, owner: { readonly createdBy: string; readonly organisationId: string | null }, now: Date): Promise<string>;
  /** Replaces the identity and address of a patient (row-locked); false when missing. Same NIR error as `insert`. */
  update(id: string, draft: PatientDraft, now: Date): Promise<boolean>;
  /** True when another patient than `exceptId` has this NIR. */
  nirTaken(nir: string, exceptId: string | null): Promise<boolean>;
  /**
   * Patients the viewer can see matching every given criterion (names by
   * prefix, phone on either number, birth date exactly), sorted by name.
   */
  searchVisible(criteria: PatientSearchCriteria, viewer: Viewer, limit: number): Promise<PatientRecord[]>;
  /** Every patient matching all four criteria exactly (the duplicate check), visible or not. */
  findExact(identity: { [K in keyof PatientSearchCriteria]: string }): Promise<PatientRecord[]>;
  /** The patients a user follows, latest activity first, with the instant of that activity. */
  caseload(userId: string, filter: CaseloadFilter): Promise<{ readonly patient: PatientRecord; readonly lastActivityAt: Date }[]>;
}

export interface FollowerStore {
  /** Adds the follower; false when they already followed. */
  follow(patientId: string, userId: string, now: Date): Promise<boolean>;
  unfollow(patientId: string, userId: string): Promise<void>;
  /** Which of these patients the user follows. */
  followedAmong(userId: string, patientIds: readonly string[]): Promise<Set<string>>;
}

export type PatientEventKind = 'created' | 'followed' | 'care_request';

export interface PatientEventRecord {
  readonly patientId: string;
  readonly kind: PatientEventKind;
  readonly userId: string | null;
  readonly careRequestNumber: number | null;
  readonly at: Date;
  /** First and last name of the user behind the event, when there is one. */
  readonly user: { readonly firstName: string; readonly lastName: string } | null;
}

export interface PatientEventStore {
  add(events: readonly { patientId: string; kind: PatientEventKind; userId: string | null; careRequestNumber?: number | null; at: Date }[]): Promise<void>;
  /** The latest `perPatient` events of each patient, newest first. */
  latest(patientIds: readonly string[], perPatient: number): Promise<PatientEventRecord[]>;
}

export type AccessAction = 'read' | 'create' | 'update' | 'export';

/** One access-log line: who, when, what — never the data itself. */
export interface AccessLogEntry {
  readonly patientId: string;
  readonly userId: string;
  readonly action: AccessAction;
  readonly what: 'identity' | 'search' | 'caseload' | 'followers' | 'usual_professionals' | 'care_request' | 'comment' | 'document' | 'access_report_lookup' | 'access_report';
}

export interface AccessLogStore {
  record(entries: readonly AccessLogEntry[], at: Date): Promise<void>;
}

export interface UsualProfessionalRecord {
  readonly role: UsualProfessionalRole;
  readonly idNat: string | null;
  readonly userId: string | null;
  readonly lastName: string;
  readonly firstName: string;
  /** The linked account exists and is active. */
  readonly isPlatformUser: boolean;
}

export interface UsualProfessionalStore {
  /** In the seed's role order. */
  list(patientId: string): Promise<UsualProfessionalRecord[]>;
  /** Sets the professional of a role, replacing the previous one. */
  put(patientId: string, entry: Omit<UsualProfessionalRecord, 'isPlatformUser'>, addedBy: string, now: Date): Promise<void>;
  remove(patientId: string, role: UsualProfessionalRole): Promise<void>;
}

/** A platform account as the usual-professional picker sees it. */
export interface ProfessionalAccount {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly profession: Profession;
  readonly rpps: string | null;
  readonly adeli: string | null;
  readonly active: boolean;
}

/** Looks professionals up in the national directory and among platform users. */
export interface ProfessionalLookup {
  /** The directory's names and profession code for an IdNat (any practice row); null when absent. */
  directoryEntry(idNat: string): Promise<{ readonly lastName: string; readonly firstName: string; readonly professionCode: string } | null>;
  accountById(id: string): Promise<ProfessionalAccount | null>;
  accountByNationalId(id: { readonly rpps: string } | { readonly adeli: string }): Promise<ProfessionalAccount | null>;
}

/** The stores one patients transaction works with. */
export interface PatientsStores {
  readonly patients: PatientStore;
  readonly followers: FollowerStore;
  readonly events: PatientEventStore;
  readonly accessLog: AccessLogStore;
  readonly usualProfessionals: UsualProfessionalStore;
  readonly professionals: ProfessionalLookup;
  readonly accessReport: AccessReportStore;
}

export type PatientsTransactor = Transactor<PatientsStores>;
