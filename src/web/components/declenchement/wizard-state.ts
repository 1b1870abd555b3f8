import { OTHER_CARE_ACT, type CareRequestInput } from '../../../core/care-requests/types.js';
import type { CareMode, CareProfession, Profession } from '../../../core/professions.js';
import type { PatientIdentity } from '../../api/patient-types.js';
import { emptyIdentity } from '../patients/labels.js';
import { newPatientValues, type PatientFormValues } from '../patients/patient-values.js';

/**
 * The "CRÉATION DÉCLENCHEMENT" wizard, as a pure reducer: which step shows, and the draft of every
 * step, kept when the user goes back ("Retour") and forth.
 *
 * New patient:      APPELANT → RECHERCHE PATIENT → PATIENT → PROFESSIONNELS HABITUELS → Informations
 *                   (choosing a patient found by the search jumps to PROFESSIONNELS HABITUELS)
 * Existing patient: APPELANT → PROFESSIONNELS HABITUELS → Informations
 */
export type WizardStep = 'caller' | 'search' | 'patient' | 'usual' | 'requests';

/** APPELANT: null = still the value prefilled by the server. */
export interface CallerDraft {
  callerPhone: string | null;
  directLine: string | null;
}

/** Field name of a block → French message shown under its input. */
export type FieldMessages = Readonly<Record<string, string>>;

/** One block of "Informations du/des déclenchement(s)", as typed. */
export interface RequestDraft {
  key: number;
  /** Shown whole (true) or as its one-line summary. */
  open: boolean;
  profession: CareProfession | '';
  restrictToNetwork: boolean;
  careActs: string[];
  otherCareAct: string;
  careMode: CareMode;
  /** Date d'inter, `YYYY-MM-DD` or ''. */
  startOn: string;
  /** Fuseau (IANA). */
  timeZone: string;
  /** Délai d'inter in minutes, or '' (Non sélectionné). */
  startWithinMinutes: string;
  days: number | '';
  visitsPerDay: number | '';
  responseDeadlineMinutes: number;
  comment: string;
  selfDispatch: boolean;
  errors: FieldMessages;
}

export type RequestPatch = Partial<Omit<RequestDraft, 'key' | 'open' | 'errors'>>;

export interface WizardState {
  mode: 'new' | 'existing';
  /** Steps visited, the current one last: "Retour" pops it. */
  history: WizardStep[];
  caller: CallerDraft;
  /** Server messages about the caller's fields (callerPhone, directLine). */
  callerErrors: FieldMessages;
  /** RECHERCHE PATIENT: the four fields typed. */
  identity: PatientIdentity;
  /** PATIENT: the form as typed, once shown. */
  patientValues: PatientFormValues | null;
  /** The patient the care requests are for (chosen, saved, or given). */
  patientId: string | null;
  /** The patient saved by the PATIENT step: saving again updates them instead of creating another. */
  createdPatientId: string | null;
  patientTimeZone: string;
  requests: RequestDraft[];
  nextKey: number;
}

export type WizardAction =
  | { type: 'callerChanged'; patch: Partial<CallerDraft> }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'identityChanged'; identity: PatientIdentity }
  | { type: 'patientChosen'; patientId: string }
  | { type: 'notRegistered'; identity: PatientIdentity }
  | { type: 'patientValuesChanged'; values: PatientFormValues }
  | { type: 'patientSaved'; patientId: string }
  | { type: 'toRequests'; patientTimeZone: string }
  | { type: 'addRequest' }
  | { type: 'removeRequest'; key: number }
  | { type: 'toggleRequest'; key: number }
  | { type: 'updateRequest'; key: number; patch: RequestPatch }
  | { type: 'setErrors'; requests: Readonly<Record<number, FieldMessages>>; caller?: FieldMessages }
  | { type: 'setCallerErrors'; errors: FieldMessages }
  | { type: 'restart' };

export const DEFAULT_TIME_ZONE = 'Europe/Paris';
export const DEFAULT_RESPONSE_DEADLINE = 120;

export function newRequestDraft(key: number, timeZone: string): RequestDraft {
  return {
    key,
    open: true,
    profession: '',
    restrictToNetwork: false,
    careActs: [],
    otherCareAct: '',
    careMode: 'visite',
    startOn: '',
    timeZone,
    startWithinMinutes: '',
    days: 1,
    visitsPerDay: 1,
    responseDeadlineMinutes: DEFAULT_RESPONSE_DEADLINE,
    comment: '',
    selfDispatch: false,
    errors: {},
  };
}

/** A fresh wizard; with `patientId` (`?patient=<id>`) it skips the search and the patient form. */
export function initialWizardState(options: { patientId?: string | null; caller?: CallerDraft } = {}): WizardState {
  const patientId = options.patientId?.trim() || null;
  return {
    mode: patientId ? 'existing' : 'new',
    history: ['caller'],
    caller: options.caller ?? { callerPhone: null, directLine: null },
    callerErrors: {},
    identity: emptyIdentity(),
    patientValues: null,
    patientId,
    createdPatientId: null,
    patientTimeZone: DEFAULT_TIME_ZONE,
    requests: [],
    nextKey: 1,
  };
}

export function currentStep(state: WizardState): WizardStep {
  return state.history.at(-1) ?? 'caller';
}

function go(state: WizardState, step: WizardStep): WizardState {
  return currentStep(state) === step ? state : { ...state, history: [...state.history, step] };
}

function withoutKeys(messages: FieldMessages, keys: readonly string[]): FieldMessages {
  if (!keys.some((key) => key in messages)) return messages;
  const rest = { ...messages };
  for (const key of keys) delete rest[key];
  return rest;
}

/** Fields whose message goes when another field changes (Date d'inter OU Délai d'inter are checked together). */
const linkedFields: Readonly<Record<string, readonly string[]>> = {
  startOn: ['startOn', 'startWithinMinutes', 'timeZone'],
  startWithinMinutes: ['startOn', 'startWithinMinutes'],
  timeZone: ['timeZone', 'startOn'],
  careActs: ['careActs', 'otherCareAct'],
  profession: ['profession', 'careActs', 'otherCareAct', 'selfDispatch'],
};

function updateRequest(draft: RequestDraft, patch: RequestPatch): RequestDraft {
  const next: RequestDraft = { ...draft, ...patch };
  // Another profession: its catalogue differs, and "Auto déclenchement" is for one's own profession only.
  if (patch.profession !== undefined && patch.profession !== draft.profession) {
    next.careActs = patch.careActs ?? [];
    next.otherCareAct = patch.otherCareAct ?? '';
    next.selfDispatch = patch.selfDispatch ?? false;
  }
  if (!next.careActs.includes(OTHER_CARE_ACT)) next.otherCareAct = '';
  const touched = Object.keys(patch).flatMap((name) => linkedFields[name] ?? [name]);
  next.errors = withoutKeys(draft.errors, touched);
  return next;
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'callerChanged':
      return { ...state, caller: { ...state.caller, ...action.patch }, callerErrors: withoutKeys(state.callerErrors, Object.keys(action.patch)) };
    case 'next':
      // APPELANT's "Suivant"; the other steps move on with their own action.
      if (currentStep(state) !== 'caller') return state;
      return go(state, state.mode === 'existing' ? 'usual' : 'search');
    case 'back':
      return state.history.length > 1 ? { ...state, history: state.history.slice(0, -1) } : state;
    case 'identityChanged':
      return { ...state, identity: action.identity };
    case 'patientChosen':
      return go({ ...state, patientId: action.patientId }, 'usual');
    case 'notRegistered': {
      // The four fields of the search win over what the patient form held before.
      const base = state.patientValues ?? newPatientValues();
      const { phone, lastName, firstName, birthDate } = action.identity;
      return go({ ...state, identity: action.identity, patientValues: { ...base, phone, lastName, firstName, birthDate } }, 'patient');
    }
    case 'patientValuesChanged':
      return { ...state, patientValues: action.values };
    case 'patientSaved':
      return go({ ...state, patientId: action.patientId, createdPatientId: action.patientId }, 'usual');
    case 'toRequests': {
      const requests = state.requests.length > 0 ? state.requests : [newRequestDraft(state.nextKey, action.patientTimeZone)];
      const nextKey = state.requests.length > 0 ? state.nextKey : state.nextKey + 1;
      return go({ ...state, patientTimeZone: action.patientTimeZone, requests, nextKey }, 'requests');
    }
    case 'addRequest':
      return {
        ...state,
        requests: [...state.requests.map((draft) => ({ ...draft, open: false })), newRequestDraft(state.nextKey, state.patientTimeZone)],
        nextKey: state.nextKey + 1,
      };
    case 'removeRequest': {
      if (state.requests.length <= 1) return state;
      const requests = state.requests.filter((draft) => draft.key !== action.key);
      // Never leave the user with nothing open to type in.
      if (!requests.some((draft) => draft.open)) requests[requests.length - 1] = { ...requests[requests.length - 1]!, open: true };
      return { ...state, requests };
    }
    case 'toggleRequest':
      return { ...state, requests: state.requests.map((draft) => (draft.key === action.key ? { ...draft, open: !draft.open } : draft)) };
    case 'updateRequest':
      return { ...state, requests: state.requests.map((draft) => (draft.key === action.key ? updateRequest(draft, action.patch) : draft)) };
    case 'setErrors':
      return {
        ...state,
        callerErrors: action.caller ?? state.callerErrors,
        requests: state.requests.map((draft) => {
          const errors = action.requests[draft.key] ?? {};
          // A block in error opens, so that its messages show.
          return { ...draft, errors, open: draft.open || Object.keys(errors).length > 0 };
        }),
      };
    case 'setCallerErrors':
      return { ...state, callerErrors: action.errors };
    case 'restart': {
      // "Autre patient": same caller, a new patient, from RECHERCHE PATIENT.
      const fresh = initialWizardState({ caller: state.caller });
      return { ...fresh, history: ['caller', 'search'] };
    }
  }
}

/** The body of one block, as the API and the core validation take it. */
export function toCareRequestInput(draft: RequestDraft, userProfession: Profession): CareRequestInput {
  const other = draft.otherCareAct.trim();
  return {
    profession: draft.profession,
    restrictToNetwork: draft.restrictToNetwork,
    careActs: draft.careActs,
    otherCareAct: draft.careActs.includes(OTHER_CARE_ACT) && other !== '' ? other : null,
    careMode: draft.careMode,
    startOn: draft.startOn === '' ? null : draft.startOn,
    timeZone: draft.timeZone,
    startWithinMinutes: draft.startWithinMinutes === '' ? null : Number(draft.startWithinMinutes),
    days: draft.days === '' ? 0 : draft.days,
    visitsPerDay: draft.visitsPerDay === '' ? 0 : draft.visitsPerDay,
    responseDeadlineMinutes: draft.responseDeadlineMinutes,
    comment: draft.comment.trim(),
    selfDispatch: draft.selfDispatch && draft.profession !== '' && draft.profession === userProfession,
  };
}

/** Where field errors of a batch go: each block's fields (by block key), the caller's, and the rest. */
export interface SplitErrors {
  requests: Record<number, Record<string, string>>;
  caller: Record<string, string>;
  /** Paths no input shows. */
  other: string[];
}

const callerFields = new Set(['callerPhone', 'directLine']);
const REQUEST_PATH = /^requests\.(\d+)\.([^.]+)/;

/**
 * Dispatches `requests.<index>.<field>` (client validation and the server's 422 alike) to the block
 * at that index; `message` turns each value into the French text to show.
 */
export function splitBatchErrors(
  fields: Readonly<Record<string, string>>,
  requests: readonly Pick<RequestDraft, 'key'>[],
  message: (value: string) => string = (value) => value,
): SplitErrors {
  const split: SplitErrors = { requests: {}, caller: {}, other: [] };
  for (const [path, value] of Object.entries(fields)) {
    const match = REQUEST_PATH.exec(path);
    const draft = match ? requests[Number(match[1])] : undefined;
    if (match && draft) {
      const byField = (split.requests[draft.key] ??= {});
      byField[match[2]!] ??= message(value);
    } else if (callerFields.has(path)) split.caller[path] = message(value);
    else split.other.push(path);
  }
  return split;
}
