import type { PatientIdentity } from '../../api/patient-types.js';

/** The four fields carried between the search and the creation form, in the router's state (not the URL). */
export function identityFromState(state: unknown): Partial<PatientIdentity> | undefined {
  if (typeof state !== 'object' || state === null || !('identity' in state)) return undefined;
  const identity = state.identity;
  if (typeof identity !== 'object' || identity === null) return undefined;
  const pick = (name: keyof PatientIdentity) => {
    const value: unknown = (identity as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : '';
  };
  return { phone: pick('phone'), lastName: pick('lastName'), firstName: pick('firstName'), birthDate: pick('birthDate') };
}

export function flagFromState(state: unknown, flag: string): boolean {
  return typeof state === 'object' && state !== null && flag in state;
}

export const patientPath = (id: string) => `/patients/${encodeURIComponent(id)}`;
