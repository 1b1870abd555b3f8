import { describe, expect, it } from 'vitest';
import { newPatientValues } from '../patients/patient-values.js';
import {
  currentStep,
  initialWizardState,
  splitBatchErrors,
  toCareRequestInput,
  wizardReducer,
  type WizardAction,
  type WizardState,
} from './wizard-state.js';

const identity = { phone: '06 45 67 89 12', lastName: 'Picasso', firstName: 'Pablo', birthDate: '1952-08-09' };

function run(state: WizardState, ...actions: WizardAction[]): WizardState {
  return actions.reduce(wizardReducer, state);
}

describe('wizardReducer', () => {
  it('new patient: APPELANT → RECHERCHE PATIENT → PATIENT → PROFESSIONNELS HABITUELS → Informations', () => {
    let state = initialWizardState();
    expect(state.mode).toBe('new');
    expect(currentStep(state)).toBe('caller');
    state = run(state, { type: 'next' });
    expect(currentStep(state)).toBe('search');
    state = run(state, { type: 'notRegistered', identity });
    expect(currentStep(state)).toBe('patient');
    expect(state.patientValues).toMatchObject(identity);
    state = run(state, { type: 'patientSaved', patientId: 'p-1' });
    expect(currentStep(state)).toBe('usual');
    expect(state.patientId).toBe('p-1');
    expect(state.createdPatientId).toBe('p-1');
    state = run(state, { type: 'toRequests', patientTimeZone: 'America/Martinique' });
    expect(currentStep(state)).toBe('requests');
    expect(state.requests).toHaveLength(1);
    expect(state.requests[0]).toMatchObject({ profession: '', careMode: 'visite', timeZone: 'America/Martinique', days: 1, visitsPerDay: 1, responseDeadlineMinutes: 120, open: true });
  });

  it('existing patient (?patient=id): APPELANT → PROFESSIONNELS HABITUELS → Informations, and back', () => {
    let state = initialWizardState({ patientId: 'p-9' });
    expect(state.mode).toBe('existing');
    expect(state.patientId).toBe('p-9');
    state = run(state, { type: 'next' });
    expect(currentStep(state)).toBe('usual');
    state = run(state, { type: 'toRequests', patientTimeZone: 'Europe/Paris' });
    expect(currentStep(state)).toBe('requests');
    state = run(state, { type: 'back' });
    expect(currentStep(state)).toBe('usual');
    state = run(state, { type: 'back' });
    expect(currentStep(state)).toBe('caller');
    // Nothing before APPELANT.
    expect(run(state, { type: 'back' })).toBe(state);
  });

  it('a patient chosen from the search jumps to PROFESSIONNELS HABITUELS; Retour goes back to the search', () => {
    const state = run(initialWizardState(), { type: 'next' }, { type: 'identityChanged', identity }, { type: 'patientChosen', patientId: 'p-3' });
    expect(currentStep(state)).toBe('usual');
    expect(state.patientId).toBe('p-3');
    const back = run(state, { type: 'back' });
    expect(currentStep(back)).toBe('search');
    expect(back.identity).toEqual(identity);
  });

  it('Retour keeps the draft of every step', () => {
    let state = run(
      initialWizardState(),
      { type: 'callerChanged', patch: { directLine: '01 02 03 04 05' } },
      { type: 'next' },
      { type: 'identityChanged', identity },
      { type: 'notRegistered', identity },
      { type: 'patientValuesChanged', values: { ...newPatientValues(identity), digicode: '4521B', sex: 'M' } },
      { type: 'patientSaved', patientId: 'p-1' },
      { type: 'toRequests', patientTimeZone: 'Europe/Paris' },
    );
    const key = state.requests[0]!.key;
    state = run(state, { type: 'updateRequest', key, patch: { profession: 'infirmier', careActs: ['bilan_sang'], comment: 'Bilan à jeun' } });

    // Back to APPELANT, step by step: every draft is still there.
    state = run(state, { type: 'back' });
    expect(currentStep(state)).toBe('usual');
    state = run(state, { type: 'back' });
    expect(currentStep(state)).toBe('patient');
    expect(state.patientValues).toMatchObject({ digicode: '4521B', sex: 'M', lastName: 'Picasso' });
    state = run(state, { type: 'back' });
    expect(currentStep(state)).toBe('search');
    expect(state.identity).toEqual(identity);
    state = run(state, { type: 'back' });
    expect(currentStep(state)).toBe('caller');
    expect(state.caller).toEqual({ callerPhone: null, directLine: '01 02 03 04 05' });

    // And forth again: the patient form keeps what was typed, the search's four fields win.
    state = run(state, { type: 'next' }, { type: 'notRegistered', identity: { ...identity, firstName: 'Pablito' } });
    expect(state.patientValues).toMatchObject({ digicode: '4521B', firstName: 'Pablito' });
    // Saving again updates the patient created before.
    expect(state.createdPatientId).toBe('p-1');
    state = run(state, { type: 'patientSaved', patientId: 'p-1' }, { type: 'toRequests', patientTimeZone: 'Europe/Paris' });
    expect(state.requests).toHaveLength(1);
    expect(state.requests[0]).toMatchObject({ profession: 'infirmier', careActs: ['bilan_sang'], comment: 'Bilan à jeun' });
  });

  it('"+ Plus" collapses the earlier blocks; a block can be reopened or removed, never the last one', () => {
    let state = run(initialWizardState({ patientId: 'p-1' }), { type: 'next' }, { type: 'toRequests', patientTimeZone: 'Europe/Paris' });
    const first = state.requests[0]!.key;
    state = run(state, { type: 'addRequest' });
    expect(state.requests.map((draft) => draft.open)).toEqual([false, true]);
    const second = state.requests[1]!.key;
    expect(second).not.toBe(first);
    state = run(state, { type: 'toggleRequest', key: first });
    expect(state.requests.map((draft) => draft.open)).toEqual([true, true]);
    state = run(state, { type: 'toggleRequest', key: first }, { type: 'removeRequest', key: second });
    expect(state.requests).toHaveLength(1);
    // The one left opens, so there is something to type in.
    expect(state.requests[0]!.open).toBe(true);
    expect(run(state, { type: 'removeRequest', key: first })).toBe(state);
  });

  it('a new profession resets the soins and the auto déclenchement; a change clears its field messages', () => {
    let state = run(initialWizardState({ patientId: 'p-1' }), { type: 'next' }, { type: 'toRequests', patientTimeZone: 'Europe/Paris' });
    const key = state.requests[0]!.key;
    state = run(
      state,
      { type: 'updateRequest', key, patch: { profession: 'infirmier', careActs: ['bilan_sang', 'autre'], otherCareAct: 'Soin de pieds', selfDispatch: true } },
      { type: 'setErrors', requests: { [key]: { comment: 'Vous ne pouvez pas…', startOn: 'Indiquez…', careActs: 'x' } } },
    );
    expect(state.requests[0]!.errors).toEqual({ comment: 'Vous ne pouvez pas…', startOn: 'Indiquez…', careActs: 'x' });
    state = run(state, { type: 'updateRequest', key, patch: { startWithinMinutes: '60' } });
    expect(state.requests[0]!.errors).toEqual({ comment: 'Vous ne pouvez pas…', careActs: 'x' });
    state = run(state, { type: 'updateRequest', key, patch: { profession: 'pharmacien' } });
    expect(state.requests[0]).toMatchObject({ careActs: [], otherCareAct: '', selfDispatch: false, errors: { comment: 'Vous ne pouvez pas…' } });
  });

  it('blocks in error reopen', () => {
    let state = run(initialWizardState({ patientId: 'p-1' }), { type: 'next' }, { type: 'toRequests', patientTimeZone: 'Europe/Paris' }, { type: 'addRequest' });
    const [first, second] = state.requests.map((draft) => draft.key) as [number, number];
    state = run(state, { type: 'setErrors', requests: { [first]: { comment: 'obligatoire' } } });
    expect(state.requests.map((draft) => draft.open)).toEqual([true, true]);
    expect(state.requests.find((draft) => draft.key === second)!.errors).toEqual({});
  });

  it('"Autre patient" starts again at RECHERCHE PATIENT, after APPELANT, with the same caller', () => {
    const state = run(
      initialWizardState({ patientId: 'p-1' }),
      { type: 'callerChanged', patch: { callerPhone: '06 11 22 33 44' } },
      { type: 'next' },
      { type: 'toRequests', patientTimeZone: 'Europe/Paris' },
      { type: 'restart' },
    );
    expect(state.mode).toBe('new');
    expect(currentStep(state)).toBe('search');
    expect(state.history).toEqual(['caller', 'search']);
    expect(state.caller.callerPhone).toBe('06 11 22 33 44');
    expect(state.patientId).toBeNull();
    expect(state.requests).toEqual([]);
  });
});

describe('toCareRequestInput', () => {
  it('sends the date OR the délai, the other soin only with "autre", and self-dispatch only for one\'s own profession', () => {
    const state = run(initialWizardState({ patientId: 'p-1' }), { type: 'next' }, { type: 'toRequests', patientTimeZone: 'Europe/Paris' });
    const draft = {
      ...state.requests[0]!,
      profession: 'infirmier' as const,
      careActs: ['bilan_sang'],
      otherCareAct: 'ignored',
      startWithinMinutes: '120',
      comment: '  Bilan à jeun ',
      selfDispatch: true,
    };
    expect(toCareRequestInput(draft, 'infirmier')).toEqual({
      profession: 'infirmier',
      restrictToNetwork: false,
      careActs: ['bilan_sang'],
      otherCareAct: null,
      careMode: 'visite',
      startOn: null,
      timeZone: 'Europe/Paris',
      startWithinMinutes: 120,
      days: 1,
      visitsPerDay: 1,
      responseDeadlineMinutes: 120,
      comment: 'Bilan à jeun',
      selfDispatch: true,
    });
    expect(toCareRequestInput(draft, 'medecin_generaliste').selfDispatch).toBe(false);
  });
});

describe('splitBatchErrors', () => {
  it('gives each block its fields by index, the caller its own, and keeps the rest', () => {
    const split = splitBatchErrors(
      { 'requests.0.comment': 'A', 'requests.1.careActs.0': 'B', callerPhone: 'C', 'requests.5.days': 'D', patientId: 'E' },
      [{ key: 7 }, { key: 9 }],
    );
    expect(split.requests).toEqual({ 7: { comment: 'A' }, 9: { careActs: 'B' } });
    expect(split.caller).toEqual({ callerPhone: 'C' });
    expect(split.other).toEqual(['requests.5.days', 'patientId']);
  });
});
