/** Professions of platform users. The first five are care professions (they need an RPPS or ADELI number). */
export const professions = [
  'medecin_generaliste',
  'infirmier',
  'masseur_kinesitherapeute',
  'pharmacien',
  'sage_femme',
  'superviseur',
  'tiers_de_confiance',
] as const;
export type Profession = (typeof professions)[number];

export const careProfessions = ['medecin_generaliste', 'infirmier', 'masseur_kinesitherapeute', 'pharmacien', 'sage_femme'] as const;
export type CareProfession = (typeof careProfessions)[number];

export function isCareProfession(p: Profession): p is CareProfession {
  return (careProfessions as readonly string[]).includes(p);
}

/** Type de PeC. */
export const careModes = ['visite', 'consultation', 'visio', 'conseil', 'telemedecine'] as const;
export type CareMode = (typeof careModes)[number];

export const organisationKinds = ['cabinet', 'plateforme', 'etablissement'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];
