import type { CareProfession } from './professions.js';

/**
 * Default catalogue of care acts (Soins) per profession; every profession also
 * offers "autre" (Autre Soins). Labels are in the i18n catalogue under `domain.careAct`.
 */
export const defaultCareActs: Readonly<Record<CareProfession, readonly string[]>> = {
  infirmier: ['bilan_sang', 'pansement', 'injection', 'perfusion', 'surveillance', 'toilette', 'autre'],
  masseur_kinesitherapeute: ['kine_respiratoire', 'reeducation', 'drainage', 'autre'],
  medecin_generaliste: ['consultation', 'visite', 'autre'],
  pharmacien: ['livraison_medicaments', 'conseil', 'autre'],
  sage_femme: ['suivi_post_natal', 'autre'],
};

export function isCareActOf(profession: CareProfession, act: string): boolean {
  return defaultCareActs[profession].includes(act);
}
