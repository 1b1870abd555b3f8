import { isCareProfession, type Profession } from '../../../core/professions.js';
import type { CareAct } from '../../api/care-request-types.js';
import type { UserDetail, UserInput } from '../../api/types.js';
import { formatPhone } from '../../format.js';

export const DEFAULT_RADIUS_KM = 10;

export interface HoursRow {
  rowId: string;
  weekday: string;
  start: string;
  end: string;
}

export interface AbsenceRow {
  rowId: string;
  startsOn: string;
  endsOn: string;
  reason: string;
}

/** The form mirrors the API body, so the API's field paths (`practice.inseeCode`, `workingHours.0.start`) name its inputs. */
export interface UserFormValues {
  email: string;
  firstName: string;
  lastName: string;
  profession: Profession;
  rpps: string;
  adeli: string;
  mobilePhone: string;
  organisationId: string | null;
  isAdmin: boolean;
  supervises: { organisationIds: string[]; networkIds: string[] };
  networkIds: string[];
  practice: { address: string; inseeCode: string | null; postcode: string | null; lat: number | null; lng: number | null };
  serviceRadiusKm: number | string;
  careActs: string[];
  careModes: string[];
  workingHours: HoursRow[];
  absences: AbsenceRow[];
  password: string;
}

let rowCounter = 0;
export function newRowId(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

/** The codes of the acts the catalogue offers to `profession` (`useCareActs()`: active acts, in catalogue order). */
export function careActsOf(catalogue: readonly CareAct[] | undefined, profession: Profession): string[] {
  if (!catalogue || !isCareProfession(profession)) return [];
  return catalogue.filter((act) => act.profession === profession && act.active).map((act) => act.code);
}

export function hoursRow(weekday: number, start = '08:00', end = '19:00'): HoursRow {
  return { rowId: newRowId(), weekday: String(weekday), start, end };
}

export function emptyAbsence(): AbsenceRow {
  return { rowId: newRowId(), startsOn: '', endsOn: '', reason: '' };
}

/** A new user: a nurse offering every act of the catalogue (`useCareActs()`), Monday to Friday 08:00–19:00. */
export function newUserValues(catalogue: readonly CareAct[] = []): UserFormValues {
  const profession: Profession = 'infirmier';
  return {
    email: '',
    firstName: '',
    lastName: '',
    profession,
    rpps: '',
    adeli: '',
    mobilePhone: '',
    organisationId: null,
    isAdmin: false,
    supervises: { organisationIds: [], networkIds: [] },
    networkIds: [],
    practice: { address: '', inseeCode: null, postcode: null, lat: null, lng: null },
    serviceRadiusKm: DEFAULT_RADIUS_KM,
    careActs: careActsOf(catalogue, profession),
    careModes: ['visite', 'consultation'],
    workingHours: [1, 2, 3, 4, 5].map((weekday) => hoursRow(weekday)),
    absences: [],
    password: '',
  };
}

export function valuesFromUser(user: UserDetail): UserFormValues {
  return {
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    profession: user.profession,
    rpps: user.rpps ?? '',
    adeli: user.adeli ?? '',
    mobilePhone: formatPhone(user.mobilePhone),
    organisationId: user.organisationId,
    isAdmin: user.isAdmin,
    supervises: { organisationIds: [...user.supervises.organisationIds], networkIds: [...user.supervises.networkIds] },
    networkIds: [...user.networkIds],
    practice: {
      address: user.practice?.address ?? '',
      inseeCode: user.practice?.inseeCode ?? null,
      postcode: user.practice?.postcode ?? null,
      lat: user.practice?.lat ?? null,
      lng: user.practice?.lng ?? null,
    },
    serviceRadiusKm: user.serviceRadiusKm ?? DEFAULT_RADIUS_KM,
    careActs: [...user.careActs],
    careModes: [...user.careModes],
    workingHours: user.workingHours.map((row) => hoursRow(row.weekday, row.start, row.end)),
    absences: user.absences.map((row) => ({ rowId: newRowId(), startsOn: row.startsOn, endsOn: row.endsOn, reason: row.reason ?? '' })),
    password: '',
  };
}

/** Empty means "none": the API replaces the whole profile, so null clears a value. */
function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function toPractice(practice: UserFormValues['practice']): UserInput['practice'] {
  const address = practice.address.trim();
  if (!address && !practice.inseeCode) return null;
  return {
    address,
    inseeCode: practice.inseeCode ?? '',
    ...(practice.postcode ? { postcode: practice.postcode } : {}),
    ...(practice.lat !== null && practice.lng !== null ? { lat: practice.lat, lng: practice.lng } : {}),
  };
}

export function toUserInput(values: UserFormValues): UserInput {
  const radius = typeof values.serviceRadiusKm === 'number' ? values.serviceRadiusKm : Number.parseFloat(values.serviceRadiusKm);
  return {
    email: values.email.trim(),
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    profession: values.profession,
    rpps: optional(values.rpps),
    adeli: optional(values.adeli),
    mobilePhone: optional(values.mobilePhone),
    organisationId: values.organisationId,
    isAdmin: values.isAdmin,
    practice: toPractice(values.practice),
    serviceRadiusKm: Number.isFinite(radius) ? radius : undefined,
    // The profession's acts only (a change of profession drops the others, IdentitySection), including
    // those the catalogue has deactivated since the user got them: the server lets users keep them.
    careActs: values.careActs,
    careModes: values.careModes,
    workingHours: values.workingHours.map((row) => ({ weekday: Number(row.weekday), start: row.start, end: row.end })),
    absences: values.absences.map((row) => ({ startsOn: row.startsOn, endsOn: row.endsOn, reason: optional(row.reason) })),
    supervises: values.supervises,
    networkIds: values.networkIds,
    password: values.password === '' ? undefined : values.password,
  };
}

/** Field paths that an input of the form displays; the API's other field errors go to the top alert. */
const shownPaths = [
  /^(email|firstName|lastName|profession|rpps|adeli|mobilePhone|organisationId|isAdmin|networkIds|serviceRadiusKm|careActs|careModes|password)$/,
  /^supervises\.(organisationIds|networkIds)$/,
  /^practice(\.(address|inseeCode|postcode))?$/,
  /^workingHours(\.\d+(\.(weekday|start|end))?)?$/,
  /^absences\.\d+(\.(startsOn|endsOn|reason))?$/,
];

export function unshownFields(fields: Readonly<Record<string, string>>): string[] {
  return Object.keys(fields).filter((path) => !shownPaths.some((pattern) => pattern.test(path)));
}
