export { OTHER_CARE_ACT } from '../care-acts.js';
import type { CareMode, CareProfession } from '../professions.js';

/** Lifecycle of a care request (DESIGN §2). */
export const careRequestStatuses = ['dispatching', 'accepted', 'in_progress', 'completed', 'unanswered', 'cancelled'] as const;
export type CareRequestStatus = (typeof careRequestStatuses)[number];

/** What can happen to a care request; `nextStatus` says which command each status accepts. */
export const careRequestCommands = [
  /** A new round ("Déclencher de nouveau"), from `unanswered`. */
  'retrigger',
  /** The round opens to every candidate at half the response deadline. */
  'widen',
  /** A professional accepts (first acceptance wins). */
  'accept',
  /** The response deadline passes with no acceptance. */
  'expire',
  /** The performer records a visit (passage). */
  'record_visit',
  /** The performer closes the prise en charge. */
  'complete',
  /** The performer hands the request back; it is dispatched again. */
  'hand_back',
  /** The requester or a supervisor cancels, with a reason. */
  'cancel',
] as const;
export type CareRequestCommand = (typeof careRequestCommands)[number];

/** Délai de réponse choices, in minutes (10 minutes to 24 hours). */
export const responseDeadlineChoices = [10, 15, 30, 60, 120, 240, 480, 720, 1440] as const;
/** Délai d'inter choices, in minutes from the déclenchement. */
export const startWithinChoices = [60, 120, 240, 720, 1440, 2880, 4320] as const;


/** One block of "Informations du/des déclenchement(s)", as typed. */
export interface CareRequestInput {
  readonly profession: string;
  readonly restrictToNetwork?: boolean | undefined;
  /** Codes from the catalogue of the profession; `autre` for "Autre Soins". */
  readonly careActs: readonly string[];
  /** Free text of "Autre Soins" (optional even when `autre` is chosen). */
  readonly otherCareAct?: string | null | undefined;
  readonly careMode: string;
  /** Date d'inter `YYYY-MM-DD`, read in `timeZone` (Fuseau). Exactly one of `startOn` / `startWithinMinutes`. */
  readonly startOn?: string | null | undefined;
  readonly timeZone?: string | null | undefined;
  /** Délai d'inter, one of `startWithinChoices`. */
  readonly startWithinMinutes?: number | null | undefined;
  readonly days: number;
  readonly visitsPerDay: number;
  /** Délai de réponse, one of `responseDeadlineChoices`. */
  readonly responseDeadlineMinutes: number;
  readonly comment: string;
  /** Auto déclenchement: the requester, of the asked profession, takes the request themself. */
  readonly selfDispatch?: boolean | undefined;
}

/** A checked block, ready to be stored. */
export interface CareRequestDraft {
  readonly profession: CareProfession;
  readonly restrictToNetwork: boolean;
  readonly careActs: readonly string[];
  readonly otherCareAct: string | null;
  readonly careMode: CareMode;
  readonly startOn: string | null;
  readonly startWithinMinutes: number | null;
  /** IANA time zone (Fuseau), defaulting to the patient's. */
  readonly timeZone: string;
  readonly days: number;
  readonly visitsPerDay: number;
  readonly responseDeadlineMinutes: number;
  readonly comment: string;
  readonly selfDispatch: boolean;
}

/**
 * One local day of the window in which care must start, in the patient's time
 * zone: a Date d'inter is that whole day; a Délai d'inter runs from now to
 * now + délai, cut at midnights.
 */
export interface DaySegment {
  /** `YYYY-MM-DD` */
  readonly date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday */
  readonly weekday: number;
  /** Minutes since local midnight, [fromMinute, toMinute). */
  readonly fromMinute: number;
  readonly toMinute: number;
}

/** What matching asks of a professional. */
export interface MatchCriteria {
  readonly profession: CareProfession;
  readonly careActs: readonly string[];
  readonly careMode: CareMode;
  readonly patient: { readonly lat: number; readonly lng: number };
  /** Radius asked on a re-trigger; null: each professional's own radius. A professional matches within max(own, asked). */
  readonly radiusKm: number | null;
  /** Restreindre au réseau: the networks of the requester; null when not restricted. */
  readonly networkIds: readonly string[] | null;
  readonly window: readonly DaySegment[];
}

/** What matching knows of a professional (a user). */
export interface ProfessionalFacts {
  readonly userId: string;
  readonly active: boolean;
  readonly profession: string;
  readonly careActs: readonly string[];
  readonly careModes: readonly string[];
  readonly practice: { readonly lat: number; readonly lng: number } | null;
  readonly serviceRadiusKm: number;
  readonly networkIds: readonly string[];
  readonly workingHours: readonly { readonly weekday: number; readonly startMinute: number; readonly endMinute: number }[];
  /** `YYYY-MM-DD` inclusive ranges. */
  readonly absences: readonly { readonly startsOn: string; readonly endsOn: string }[];
}

/** Why a professional is not a candidate (first failing rule), or null when they are. */
export type MismatchReason = 'inactive' | 'profession' | 'care_acts' | 'care_mode' | 'distance' | 'network' | 'unavailable';

/** Care modes that need no distance (the care happens remotely). */
export const remoteCareModes: readonly CareMode[] = ['visio', 'conseil', 'telemedecine'];
