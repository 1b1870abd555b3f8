import { AppError, invalidFields } from '../errors.js';
import { isIsoDate, localDate } from '../patients/dates.js';
import { careModes, careProfessions, type CareMode, type CareProfession } from '../professions.js';
import { territoryTimeZone } from '../territories.js';
import { addDays } from './calendar.js';
import { OTHER_CARE_ACT, responseDeadlineChoices, startWithinChoices, type CareRequestDraft, type CareRequestInput } from './types.js';

export const OTHER_CARE_ACT_MAX_LENGTH = 100;
export const COMMENT_MAX_LENGTH = 2000;
/** A Date d'inter lies at most this many days after today (in the request's time zone). */
export const START_ON_MAX_DAYS_AHEAD = 366;
export const MAX_DAYS = 365;
export const MAX_VISITS_PER_DAY = 10;

/** What validating a block needs to know besides the input. */
export interface RequestInputContext {
  readonly now: Date;
  /** Fuseau used when the block gives none. */
  readonly patientTimeZone: string;
  /** Active catalogue codes of a profession (including `autre` when offered). */
  careActsOf(profession: CareProfession): readonly string[];
}

type Fields = Record<string, string>;

const timeZones: readonly string[] = Object.values(territoryTimeZone);

const isOneOf = <T extends string | number>(values: readonly T[], value: unknown): value is T => (values as readonly unknown[]).includes(value);
const isBlank = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
const lengthOf = (text: string): number => [...text].length;
const isIntegerIn = (value: number, min: number, max: number): boolean => Number.isInteger(value) && value >= min && value <= max;

function careActsOf(input: CareRequestInput, profession: CareProfession | null, ctx: RequestInputContext, fields: Fields): string[] {
  const acts = [...new Set(input.careActs.map((act) => act.trim()).filter((act) => act !== ''))];
  if (acts.length === 0) fields.careActs = 'care_acts.required';
  else if (profession !== null) {
    const catalogue = ctx.careActsOf(profession);
    if (acts.some((act) => !catalogue.includes(act))) fields.careActs = 'care_act.unknown';
  }
  return acts;
}

function otherCareActOf(input: CareRequestInput, acts: readonly string[], fields: Fields): string | null {
  const text = (input.otherCareAct ?? '').trim();
  if (text === '' || !acts.includes(OTHER_CARE_ACT)) return null;
  if (lengthOf(text) > OTHER_CARE_ACT_MAX_LENGTH) fields.otherCareAct = 'text.too_long';
  return text;
}

interface Start {
  readonly startOn: string | null;
  readonly startWithinMinutes: number | null;
  readonly timeZone: string;
}

/** Date d'inter (with its Fuseau) or Délai d'inter: exactly one of them. */
function startOf(input: CareRequestInput, ctx: RequestInputContext, fields: Fields): Start {
  const timeZone = isBlank(input.timeZone) ? ctx.patientTimeZone : (input.timeZone ?? '').trim();
  const zoneIsKnown = timeZones.includes(timeZone);
  if (!zoneIsKnown) fields.timeZone = 'time_zone.invalid';
  const startOn = isBlank(input.startOn) ? null : (input.startOn ?? '').trim();
  const startWithinMinutes = isBlank(input.startWithinMinutes) ? null : (input.startWithinMinutes ?? null);

  if (startOn !== null && startWithinMinutes !== null) fields.startOn = 'start.both';
  else if (startOn === null && startWithinMinutes === null) fields.startOn = 'start.required';
  else if (startOn !== null) {
    const today = localDate(ctx.now, zoneIsKnown ? timeZone : ctx.patientTimeZone);
    if (!isIsoDate(startOn)) fields.startOn = 'date.invalid';
    else if (startOn < today) fields.startOn = 'start.past';
    else if (startOn > addDays(today, START_ON_MAX_DAYS_AHEAD)) fields.startOn = 'start.too_far';
  } else if (!isOneOf(startWithinChoices, startWithinMinutes)) fields.startWithinMinutes = 'start_within.invalid';
  return { startOn, startWithinMinutes, timeZone };
}

/**
 * Checks and normalises one block of "Informations du/des déclenchement(s)";
 * throws `validation.failed` with one field code per bad field (all of them).
 * `ctx.now` and the block's Fuseau decide what "today" is for a Date d'inter.
 */
export function validateCareRequestInput(input: CareRequestInput, ctx: RequestInputContext): CareRequestDraft {
  const fields: Fields = {};
  const rawProfession = typeof input.profession === 'string' ? input.profession.trim() : '';
  const profession = isOneOf(careProfessions, rawProfession) ? rawProfession : null;
  if (profession === null) fields.profession = 'profession.required';
  const careActs = careActsOf(input, profession, ctx, fields);
  const otherCareAct = otherCareActOf(input, careActs, fields);
  const careMode: CareMode | null = isOneOf(careModes, input.careMode) ? input.careMode : null;
  if (careMode === null) fields.careMode = 'care_mode.unknown';
  const start = startOf(input, ctx, fields);
  if (!isIntegerIn(input.days, 1, MAX_DAYS)) fields.days = 'days.invalid';
  if (!isIntegerIn(input.visitsPerDay, 1, MAX_VISITS_PER_DAY)) fields.visitsPerDay = 'visits_per_day.invalid';
  if (!isOneOf(responseDeadlineChoices, input.responseDeadlineMinutes)) fields.responseDeadlineMinutes = 'response_deadline.invalid';
  const comment = (input.comment ?? '').trim();
  if (comment === '') fields.comment = 'comment.required';
  else if (lengthOf(comment) > COMMENT_MAX_LENGTH) fields.comment = 'comment.too_long';

  if (Object.keys(fields).length > 0 || profession === null || careMode === null) throw invalidFields(fields);
  return {
    profession,
    restrictToNetwork: input.restrictToNetwork === true,
    careActs,
    otherCareAct,
    careMode,
    ...start,
    days: input.days,
    visitsPerDay: input.visitsPerDay,
    responseDeadlineMinutes: input.responseDeadlineMinutes,
    comment,
    selfDispatch: input.selfDispatch === true,
  };
}

/**
 * Checks every block of a multi-déclenchement: `care_requests.batch_empty` for
 * no block; otherwise one `validation.failed` with every field error, keyed
 * `requests.<index>.<field>`, including `profession.duplicate` on each block
 * asking a profession an earlier block already asks.
 */
export function validateBatchInput(requests: readonly CareRequestInput[], ctx: RequestInputContext): CareRequestDraft[] {
  if (requests.length === 0) throw new AppError('care_requests.batch_empty');
  const fields: Fields = {};
  const drafts: CareRequestDraft[] = [];
  const asked = new Set<string>();
  requests.forEach((request, index) => {
    const prefix = `requests.${index}.`;
    try {
      drafts.push(validateCareRequestInput(request, ctx));
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'validation.failed') throw error;
      for (const [field, code] of Object.entries(error.fields)) fields[prefix + field] = code;
    }
    const profession = typeof request.profession === 'string' ? request.profession.trim() : '';
    if (isOneOf(careProfessions, profession)) {
      if (asked.has(profession)) fields[`${prefix}profession`] = 'profession.duplicate';
      asked.add(profession);
    }
  });
  if (Object.keys(fields).length > 0) throw invalidFields(fields);
  return drafts;
}
