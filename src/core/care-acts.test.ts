import { describe, expect, it } from 'vitest';
import { careActCode, sameCareActLabel, validateCareActChanges, validateCareActInput } from './care-acts.js';
import { fieldErrorsOf } from '../../test/support/errors.js';

const fieldsOf = (run: () => unknown) => fieldErrorsOf(run);

describe('careActCode', () => {
  it('turns the label into a lower-case ASCII slug with underscores', () => {
    expect(careActCode('Soins palliatifs', [])).toBe('soins_palliatifs');
    expect(careActCode('  Rééducation (post-opératoire) ', [])).toBe('reeducation_post_operatoire');
    expect(careActCode('Bilan sang', [])).toBe('bilan_sang');
    expect(careActCode('Œdème & cœur', [])).toBe('oedeme_coeur');
    expect(careActCode('!!!', [])).toBe('soin');
    expect(careActCode('a'.repeat(80), [])).toHaveLength(40);
  });

  it('suffixes _2, _3… on a clash within the profession', () => {
    expect(careActCode('Pansement', ['pansement'])).toBe('pansement_2');
    expect(careActCode('Pansement', ['pansement', 'pansement_2'])).toBe('pansement_3');
    expect(careActCode('Autre', ['autre'])).toBe('autre_2');
  });
});

describe('validateCareActInput', () => {
  it('trims and single-spaces the label', () => {
    expect(validateCareActInput({ profession: 'infirmier', label: '  Soins   palliatifs ' })).toEqual({ profession: 'infirmier', label: 'Soins palliatifs' });
  });

  it('wants a care profession and a label of 1 to 60 characters', () => {
    expect(fieldsOf(() => validateCareActInput({ profession: 'superviseur', label: ' ' }))).toEqual({ profession: 'invalid', label: 'required' });
    expect(fieldsOf(() => validateCareActInput({ profession: 'infirmier', label: 'x'.repeat(61) }))).toEqual({ label: 'care_act.label_too_long' });
    expect(fieldsOf(() => validateCareActInput({ profession: 'infirmier', label: 'x'.repeat(60) }))).toEqual({});
  });
});

describe('validateCareActChanges', () => {
  it('keeps only the given changes, label normalised', () => {
    expect(validateCareActChanges('pansement', { label: ' Pansement  complexe ' })).toEqual({ label: 'Pansement complexe', position: undefined, active: undefined });
    expect(validateCareActChanges('pansement', { position: 0, active: false })).toEqual({ label: undefined, position: 0, active: false });
  });

  it('lets "autre" be renamed but never deactivated', () => {
    expect(validateCareActChanges('autre', { label: 'Autre soin', active: true }).label).toBe('Autre soin');
    expect(fieldsOf(() => validateCareActChanges('autre', { active: false }))).toEqual({ active: 'care_act.other_required' });
  });

  it('checks the label and the position', () => {
    expect(fieldsOf(() => validateCareActChanges('pansement', { label: '', position: -1 }))).toEqual({
      label: 'required',
      position: 'care_act.position_invalid',
    });
    expect(fieldsOf(() => validateCareActChanges('pansement', { position: 1.5 }))).toEqual({ position: 'care_act.position_invalid' });
    expect(fieldsOf(() => validateCareActChanges('pansement', { position: 1000 }))).toEqual({ position: 'care_act.position_invalid' });
  });
});

describe('sameCareActLabel', () => {
  it('ignores case, accents and spacing', () => {
    expect(sameCareActLabel('Rééducation', ' REEDUCATION ')).toBe(true);
    expect(sameCareActLabel('Suivi post-natal', 'suivi post natal')).toBe(true);
    expect(sameCareActLabel('Pansement', 'Pansements')).toBe(false);
  });
});
