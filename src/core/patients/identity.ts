import type { CareProfession } from '../professions.js';

/** Constants of a patient's identity (fiche patient, seed step 4). Labels are in the i18n catalogue under `domain.*`. */

export const sexes = ['F', 'M'] as const;
export type Sex = (typeof sexes)[number];

/** RNIV identity trust statuses: provisoire, récupérée (INSi), validée (ID document), qualifiée (both). */
export const identityStatuses = ['provisoire', 'recuperee', 'validee', 'qualifiee'] as const;
export type IdentityStatus = (typeof identityStatuses)[number];

/** Statuses that come from the INSi service, so they carry the INS. */
export const statusesNeedingIns: readonly IdentityStatus[] = ['recuperee', 'qualifiee'];

/** Régime d'assurance maladie (labels under `domain.regime`). */
export const regimes = ['general', 'agricole', 'independant', 'fonction_publique', 'etudiant', 'autre'] as const;
export type Regime = (typeof regimes)[number];

/** Professionnels habituels, in the seed's order. */
export const usualProfessionalRoles = ['medecin_traitant', 'infirmier', 'kinesitherapeute', 'pharmacien', 'sage_femme'] as const;
export type UsualProfessionalRole = (typeof usualProfessionalRoles)[number];

/** The platform profession that may hold each usual-professional role. */
export const usualRoleProfession: Readonly<Record<UsualProfessionalRole, CareProfession>> = {
  medecin_traitant: 'medecin_generaliste',
  infirmier: 'infirmier',
  kinesitherapeute: 'masseur_kinesitherapeute',
  pharmacien: 'pharmacien',
  sage_femme: 'sage_femme',
};

/** Codes of the national directory's `Code profession` (TRE_G15) accepted for each role. */
export const usualRoleDirectoryCodes: Readonly<Record<UsualProfessionalRole, readonly string[]>> = {
  medecin_traitant: ['10'],
  infirmier: ['60', '69'],
  kinesitherapeute: ['70'],
  pharmacien: ['21'],
  sage_femme: ['50'],
};

export const isOneOf = <T extends string>(values: readonly T[], value: string | null | undefined): value is T =>
  value !== null && value !== undefined && (values as readonly string[]).includes(value);
