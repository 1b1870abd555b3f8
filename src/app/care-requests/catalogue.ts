import type { CareProfession } from '../../core/professions.js';
import type { CareActCatalogue } from './ports.js';
import type { CareActLabel } from './views.js';

/** The catalogue as the use cases read it: active codes per profession, labels of every code. */
export interface LoadedCatalogue {
  activeCodes(profession: CareProfession): readonly string[];
  labels(profession: CareProfession, codes: readonly string[]): CareActLabel[];
}

export async function loadCatalogue(catalogue: CareActCatalogue): Promise<LoadedCatalogue> {
  const acts = await catalogue.list();
  const key = (profession: string, code: string) => `${profession}/${code}`;
  const labels = new Map(acts.map((act) => [key(act.profession, act.code), act.label]));
  return {
    activeCodes: (profession) => acts.filter((act) => act.profession === profession && act.active).map((act) => act.code),
    labels: (profession, codes) => codes.map((code) => ({ code, label: labels.get(key(profession, code)) ?? code })),
  };
}
