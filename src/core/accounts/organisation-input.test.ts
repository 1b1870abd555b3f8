import { describe, expect, it } from 'vitest';
import { validateNetworkInput, validateOrganisationInput } from './organisation-input.js';
import { fieldErrorsOf } from '../../../test/support/errors.js';

const fieldsOf = (run: () => unknown) => fieldErrorsOf(run);

describe('validateOrganisationInput', () => {
  it('normalises the name and any French phone', () => {
    expect(validateOrganisationInput({ name: '  Cabinet   des Tilleuls ', kind: 'cabinet', phone: '01 60 78 12 34' })).toEqual({
      name: 'Cabinet des Tilleuls',
      kind: 'cabinet',
      phone: '+33160781234',
    });
    expect(validateOrganisationInput({ name: 'CHU', kind: 'etablissement', phone: '0596 55 20 00' }).phone).toBe('+596596552000');
    expect(validateOrganisationInput({ name: 'P', kind: 'plateforme' }).phone).toBeNull();
  });

  it('reports bad fields', () => {
    expect(fieldsOf(() => validateOrganisationInput({ name: ' ', kind: 'hopital', phone: '12' }))).toEqual({
      name: 'required',
      kind: 'invalid',
      phone: 'phone.invalid',
    });
  });
});

describe('validateNetworkInput', () => {
  it('dedupes members and checks their ids', () => {
    const id = '2b1f6a3e-8a5e-4f1e-9a51-0c7b6f2d9e11';
    expect(validateNetworkInput({ name: 'CPTS', memberIds: [id, id] })).toEqual({ name: 'CPTS', memberIds: [id] });
    expect(fieldsOf(() => validateNetworkInput({ name: '', memberIds: ['nope'] }))).toEqual({ name: 'required', memberIds: 'member.unknown' });
  });
});
