import { checkNir, nirMismatch } from '../validators/nir.js';
import { identityStatuses, isOneOf, statusesNeedingIns, type IdentityStatus, type Sex } from './identity.js';

export interface IdentityNumbersInput {
  readonly nir?: string | null | undefined;
  readonly ins?: string | null | undefined;
  readonly identityStatus?: string | null | undefined;
}

export interface IdentityNumbers {
  readonly nir: string | null;
  readonly ins: string | null;
  readonly identityStatus: IdentityStatus;
}

/** Sex and birth date when they are valid (the NIR is checked against them); null otherwise. */
type Traits = { readonly sex: Sex; readonly birthDate: string } | null;

/**
 * Checks the NIR and the INS matricule (NIR or NIA, 15 characters with key),
 * both against the sex and birth date, and the identity status: an INS needs a
 * status, and a récupérée/qualifiée identity needs its INS. Writes field codes
 * (`nir.invalid_key`, `ins.status_required`…) into `fields`.
 */
export function checkIdentityNumbers(input: IdentityNumbersInput, traits: Traits, fields: Record<string, string>): IdentityNumbers {
  const nir = checkNumber('nir', input.nir, traits, fields);
  const ins = checkNumber('ins', input.ins, traits, fields);
  const rawStatus = input.identityStatus?.trim() || null;
  let identityStatus: IdentityStatus = 'provisoire';
  if (rawStatus !== null) {
    if (isOneOf(identityStatuses, rawStatus)) identityStatus = rawStatus;
    else fields.identityStatus = 'invalid';
  }
  const insGiven = (input.ins?.trim() ?? '') !== '';
  if (insGiven && rawStatus === null) fields.identityStatus = 'ins.status_required';
  if (!insGiven && statusesNeedingIns.includes(identityStatus)) fields.ins = 'ins.required';
  return { nir, ins, identityStatus };
}

function checkNumber(field: 'nir' | 'ins', raw: string | null | undefined, traits: Traits, fields: Record<string, string>): string | null {
  const value = raw?.trim() ?? '';
  if (value === '') return null;
  const checked = checkNir(value);
  if ('problem' in checked) {
    fields[field] = `${field}.${checked.problem}`;
    return null;
  }
  const mismatch = traits ? nirMismatch(checked.nir, traits.sex, traits.birthDate) : null;
  if (mismatch) fields[field] = `${field}.${mismatch}`;
  return checked.nir;
}
