import { describe, expect, it } from 'vitest';
import { defaultCareActs } from '../care-acts.js';
import { AppError } from '../errors.js';
import { validateBatchInput, validateCareRequestInput, type RequestInputContext } from './request-input.js';
import type { CareRequestInput } from './types.js';

const ctx: RequestInputContext = {
  now: new Date('2026-03-10T12:00:00Z'),
  patientTimeZone: 'Europe/Paris',
  careActsOf: (profession) => defaultCareActs[profession],
};

const block = (overrides: Partial<Record<keyof CareRequestInput, unknown>> = {}): CareRequestInput =>
  ({
    profession: 'infirmier',
    careActs: ['pansement'],
    careMode: 'visite',
    startWithinMinutes: 120,
    days: 5,
    visitsPerDay: 2,
    responseDeadlineMinutes: 30,
    comment: ' Pansement de jambe ',
    ...overrides,
  }) as CareRequestInput;

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const fieldsOf = (input: CareRequestInput, context = ctx): Record<string, string> => {
  const error = errorOf(() => validateCareRequestInput(input, context));
  expect(error.code).toBe('validation.failed');
  return { ...error.fields };
};

describe('validateCareRequestInput', () => {
  it('normalises a minimal block with its defaults', () => {
    expect(validateCareRequestInput(block(), ctx)).toEqual({
      profession: 'infirmier',
      restrictToNetwork: false,
      careActs: ['pansement'],
      otherCareAct: null,
      careMode: 'visite',
      startOn: null,
      startWithinMinutes: 120,
      timeZone: 'Europe/Paris',
      days: 5,
      visitsPerDay: 2,
      responseDeadlineMinutes: 30,
      comment: 'Pansement de jambe',
      selfDispatch: false,
    });
  });

  it('keeps the flags, the Fuseau and a Date d\'inter', () => {
    const draft = validateCareRequestInput(
      block({ startWithinMinutes: null, startOn: '2026-03-12', timeZone: 'America/Martinique', restrictToNetwork: true, selfDispatch: true }),
      ctx,
    );
    expect(draft).toMatchObject({ startOn: '2026-03-12', startWithinMinutes: null, timeZone: 'America/Martinique', restrictToNetwork: true, selfDispatch: true });
  });

  it('deduplicates care acts, keeping their order', () => {
    expect(validateCareRequestInput(block({ careActs: ['injection', 'pansement', 'injection'] }), ctx).careActs).toEqual(['injection', 'pansement']);
  });

  it('keeps the "Autre Soins" text only when "autre" is chosen', () => {
    expect(validateCareRequestInput(block({ careActs: ['autre'], otherCareAct: '  Retrait de fils ' }), ctx).otherCareAct).toBe('Retrait de fils');
    expect(validateCareRequestInput(block({ careActs: ['autre'], otherCareAct: '   ' }), ctx).otherCareAct).toBeNull();
    expect(validateCareRequestInput(block({ careActs: ['pansement'], otherCareAct: 'Retrait de fils' }), ctx).otherCareAct).toBeNull();
    expect(fieldsOf(block({ careActs: ['autre'], otherCareAct: 'x'.repeat(101) }))).toEqual({ otherCareAct: 'text.too_long' });
    expect(validateCareRequestInput(block({ careActs: ['autre'], otherCareAct: 'x'.repeat(100) }), ctx).otherCareAct).toHaveLength(100);
  });

  it('refuses a missing or non-care profession', () => {
    expect(fieldsOf(block({ profession: '' }))).toEqual({ profession: 'profession.required' });
    expect(fieldsOf(block({ profession: 'superviseur' }))).toEqual({ profession: 'profession.required' });
  });

  it('refuses no care act, or one outside the catalogue of the profession', () => {
    expect(fieldsOf(block({ careActs: [] }))).toEqual({ careActs: 'care_acts.required' });
    expect(fieldsOf(block({ careActs: ['pansement', 'kine_respiratoire'] }))).toEqual({ careActs: 'care_act.unknown' });
    expect(fieldsOf(block({ careActs: ['pansement'] }), { ...ctx, careActsOf: () => ['injection'] })).toEqual({ careActs: 'care_act.unknown' });
  });

  it('refuses an unknown care mode', () => {
    expect(fieldsOf(block({ careMode: 'domicile' }))).toEqual({ careMode: 'care_mode.unknown' });
  });

  it('asks for exactly one of Date d\'inter and Délai d\'inter', () => {
    expect(fieldsOf(block({ startOn: '2026-03-12', startWithinMinutes: 120 }))).toEqual({ startOn: 'start.both' });
    expect(fieldsOf(block({ startOn: null, startWithinMinutes: null }))).toEqual({ startOn: 'start.required' });
    expect(fieldsOf(block({ startOn: '', startWithinMinutes: undefined }))).toEqual({ startOn: 'start.required' });
    expect(validateCareRequestInput(block({ startOn: '' }), ctx).startOn).toBeNull();
  });

  it('checks the Date d\'inter: real, not past, within 366 days', () => {
    const on = (startOn: string) => block({ startWithinMinutes: null, startOn });
    expect(fieldsOf(on('2026-02-30'))).toEqual({ startOn: 'date.invalid' });
    expect(fieldsOf(on('12/03/2026'))).toEqual({ startOn: 'date.invalid' });
    expect(fieldsOf(on('2026-03-09'))).toEqual({ startOn: 'start.past' });
    expect(validateCareRequestInput(on('2026-03-10'), ctx).startOn).toBe('2026-03-10');
    expect(validateCareRequestInput(on('2027-03-11'), ctx).startOn).toBe('2027-03-11');
    expect(fieldsOf(on('2027-03-12'))).toEqual({ startOn: 'start.too_far' });
  });

  it('reads "today" in the Fuseau of the block', () => {
    // 02:00 UTC: already 10 March in Paris, still 9 March in Martinique.
    const early = { ...ctx, now: new Date('2026-03-10T02:00:00Z') };
    const on9 = (timeZone: string | null) => block({ startWithinMinutes: null, startOn: '2026-03-09', timeZone });
    expect(validateCareRequestInput(on9('America/Martinique'), early).startOn).toBe('2026-03-09');
    expect(fieldsOf(on9(null), early)).toEqual({ startOn: 'start.past' });
    expect(validateCareRequestInput(on9(null), { ...early, patientTimeZone: 'America/Martinique' }).timeZone).toBe('America/Martinique');
  });

  it('accepts only the time zones of the territories', () => {
    expect(fieldsOf(block({ timeZone: 'Europe/London' }))).toEqual({ timeZone: 'time_zone.invalid' });
    expect(validateCareRequestInput(block({ timeZone: 'Indian/Reunion' }), ctx).timeZone).toBe('Indian/Reunion');
  });

  it('accepts only the listed délais', () => {
    expect(fieldsOf(block({ startWithinMinutes: 90 }))).toEqual({ startWithinMinutes: 'start_within.invalid' });
    expect(fieldsOf(block({ responseDeadlineMinutes: 5 }))).toEqual({ responseDeadlineMinutes: 'response_deadline.invalid' });
    expect(validateCareRequestInput(block({ startWithinMinutes: 4320, responseDeadlineMinutes: 1440 }), ctx)).toMatchObject({ startWithinMinutes: 4320, responseDeadlineMinutes: 1440 });
  });

  it('bounds the days and the visits per day', () => {
    expect(fieldsOf(block({ days: 0, visitsPerDay: 11 }))).toEqual({ days: 'days.invalid', visitsPerDay: 'visits_per_day.invalid' });
    expect(fieldsOf(block({ days: 1.5, visitsPerDay: 0 }))).toEqual({ days: 'days.invalid', visitsPerDay: 'visits_per_day.invalid' });
    expect(fieldsOf(block({ days: 366 }))).toEqual({ days: 'days.invalid' });
    expect(validateCareRequestInput(block({ days: 365, visitsPerDay: 10 }), ctx)).toMatchObject({ days: 365, visitsPerDay: 10 });
  });

  it('requires a comment of at most 2000 characters', () => {
    expect(fieldsOf(block({ comment: '   ' }))).toEqual({ comment: 'comment.required' });
    expect(fieldsOf(block({ comment: 'x'.repeat(2001) }))).toEqual({ comment: 'comment.too_long' });
    expect(validateCareRequestInput(block({ comment: 'x'.repeat(2000) }), ctx).comment).toHaveLength(2000);
  });

  it('reports every bad field of the block at once', () => {
    expect(
      fieldsOf(block({ profession: 'plombier', careActs: [], careMode: '', startOn: '2026-03-12', timeZone: 'UTC', days: 0, visitsPerDay: 0, responseDeadlineMinutes: 0, comment: '' })),
    ).toEqual({
      profession: 'profession.required',
      careActs: 'care_acts.required',
      careMode: 'care_mode.unknown',
      startOn: 'start.both',
      timeZone: 'time_zone.invalid',
      days: 'days.invalid',
      visitsPerDay: 'visits_per_day.invalid',
      responseDeadlineMinutes: 'response_deadline.invalid',
      comment: 'comment.required',
    });
  });
});

describe('validateBatchInput', () => {
  it('refuses an empty batch', () => {
    expect(errorOf(() => validateBatchInput([], ctx)).code).toBe('care_requests.batch_empty');
  });

  it('returns the drafts in order', () => {
    const drafts = validateBatchInput([block(), block({ profession: 'masseur_kinesitherapeute', careActs: ['drainage'] })], ctx);
    expect(drafts.map((d) => d.profession)).toEqual(['infirmier', 'masseur_kinesitherapeute']);
  });

  it('collects the errors of every block, prefixed by its index', () => {
    const error = errorOf(() => validateBatchInput([block({ days: 0 }), block({ profession: 'pharmacien', careActs: ['conseil'], comment: '' })], ctx));
    expect(error.code).toBe('validation.failed');
    expect(error.fields).toEqual({ 'requests.0.days': 'days.invalid', 'requests.1.comment': 'comment.required' });
  });

  it('refuses a profession asked twice, on the later block', () => {
    const error = errorOf(() => validateBatchInput([block(), block({ profession: 'sage_femme', careActs: ['suivi_post_natal'] }), block({ comment: '' })], ctx));
    expect(error.fields).toEqual({ 'requests.2.profession': 'profession.duplicate', 'requests.2.comment': 'comment.required' });
  });
});
