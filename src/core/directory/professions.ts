import type { CareProfession } from '../professions.js';
import { usualProfessionalRoles, type UsualProfessionalRole } from '../patients/identity.js';

/**
 * `Code profession` of the extract (TRE_G15 "ProfessionSante") with the label the
 * extract carries — reference data of the official format, not UI text.
 */
export const rppsProfessions: Readonly<Record<string, string>> = {
  '10': 'Médecin',
  '21': 'Pharmacien',
  '26': 'Audioprothésiste',
  '28': 'Opticien-Lunetier',
  '40': 'Chirurgien-Dentiste',
  '50': 'Sage-Femme',
  '60': 'Infirmier',
  '69': 'Infirmier psychiatrique',
  '70': 'Masseur-Kinésithérapeute',
  '80': 'Pédicure-Podologue',
  '86': 'Technicien de laboratoire médical',
  '91': 'Orthophoniste',
  '92': 'Orthoptiste',
  '94': 'Ergothérapeute',
  '95': 'Diététicien',
  '96': 'Psychomotricien',
  '98': 'Manipulateur ERM',
};

/** The official label of a profession code, null when unknown. */
export function professionLabelOf(code: string): string | null {
  return rppsProfessions[code] ?? null;
}

export { usualProfessionalRoles, type UsualProfessionalRole };

/** The directory's profession code for each usual-professional role. */
export const roleProfessionCode: Readonly<Record<UsualProfessionalRole, string>> = {
  medecin_traitant: '10',
  infirmier: '60',
  kinesitherapeute: '70',
  pharmacien: '21',
  sage_femme: '50',
};

/** The directory's profession code of each care profession of platform users. */
export const userProfessionCode: Readonly<Record<CareProfession, string>> = {
  medecin_generaliste: '10',
  infirmier: '60',
  masseur_kinesitherapeute: '70',
  pharmacien: '21',
  sage_femme: '50',
};

/** The usual-professional role a directory profession code can hold, null for the others. */
export function roleOfProfessionCode(code: string): UsualProfessionalRole | null {
  return usualProfessionalRoles.find((role) => roleProfessionCode[role] === code) ?? null;
}

/** Identification nationale PP of a platform user: `8` + RPPS, else `0` + ADELI. */
export function idNatOf(ids: { readonly rpps: string | null; readonly adeli: string | null }): string | null {
  if (ids.rpps) return `8${ids.rpps}`;
  if (ids.adeli) return `0${ids.adeli}`;
  return null;
}

/** The RPPS or ADELI number inside an Identification nationale PP. */
export function splitIdNat(idNat: string): { readonly rpps: string | null; readonly adeli: string | null } {
  if (idNat.startsWith('8')) return { rpps: idNat.slice(1), adeli: null };
  if (idNat.startsWith('0')) return { rpps: null, adeli: idNat.slice(1) };
  return { rpps: null, adeli: null };
}
