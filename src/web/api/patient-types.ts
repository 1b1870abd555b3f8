import type { Territory } from '../../core/territories.js';

export type Sex = 'F' | 'M';
export const identityStatuses = ['provisoire', 'recuperee', 'validee', 'qualifiee'] as const;
export type IdentityStatus = (typeof identityStatuses)[number];
export const regimes = ['general', 'agricole', 'independant', 'fonction_publique', 'etudiant', 'autre'] as const;
export type Regime = (typeof regimes)[number];
/** Professionnels habituels, in the seed's order. */
export const usualRoles = ['medecin_traitant', 'infirmier', 'kinesitherapeute', 'pharmacien', 'sage_femme'] as const;
export type UsualRole = (typeof usualRoles)[number];

/** One suggestion of `GET /api/addresses`: what the patient's home address is made of. */
export interface AddressSuggestion {
  label: string;
  address: string;
  postcode: string;
  city: string;
  inseeCode: string | null;
  lat: number;
  lng: number;
  territory: Territory;
  timeZone: string;
  precision: string;
}

/** The home address as stored (the suggestion picked, without its precision). */
export type PatientAddress = Omit<AddressSuggestion, 'precision'> & { precision?: string };

export interface BirthPlace {
  code: string;
  name: string;
}

/** A commune of `GET /api/communes` (Lieu de naissance). */
export interface PublicCommune {
  inseeCode: string;
  name: string;
  postcodes: string[];
  departement: string;
}

/** The four fields of "Identité patient" (step 3), birthDate as YYYY-MM-DD. */
export interface PatientIdentity {
  phone: string;
  lastName: string;
  firstName: string;
  birthDate: string;
}

export interface PatientSummary {
  id: string;
  lastName: string;
  firstName: string;
  sex: Sex;
  birthDate: string;
  /** "52 ans - née le 01/01/1970". */
  ageLabel: string;
  /** E.164 */
  phone: string;
  city: string;
  postcode: string;
  followed: boolean;
}

export interface HistoryLine {
  at: string;
  kind: 'created' | 'followed' | 'care_request';
  userName: string | null;
  careRequestNumber: number | null;
  /** French: "Créé par Claire MOREL", "Patient pour Moi", "Déclenchement #24426443". */
  label: string;
}

export interface CaseloadPatient extends PatientSummary {
  lastActivityAt: string;
  history: HistoryLine[];
}

export interface UsualProfessional {
  role: UsualRole;
  idNat: string | null;
  userId: string | null;
  lastName: string;
  firstName: string;
  isPlatformUser: boolean;
}

/** Body of POST /api/patients and PUT /api/patients/:id. */
export interface PatientInput {
  phone: string;
  phone2?: string;
  email?: string;
  lastName: string;
  firstName: string;
  birthName?: string;
  sex: Sex;
  birthDate: string;
  birthPlace?: BirthPlace | null;
  nir?: string;
  ins?: string;
  identityStatus?: IdentityStatus;
  occupation?: string;
  regime?: Regime;
  address: PatientAddress;
  addressComplement?: string;
  building?: string;
  staircase?: string;
  floor?: string;
  digicode?: string;
  intercom?: string;
  door?: string;
}

/** What the API returns for the input's fields: optional ones may come back absent or null. */
type Stored<T> = { [K in keyof T]: undefined extends T[K] ? T[K] | null : T[K] };

export interface PatientDetail extends Stored<PatientInput> {
  id: string;
  ageLabel: string;
  timeZone: string;
  usualProfessionals: UsualProfessional[];
  history: HistoryLine[];
  followed: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface DirectoryResult {
  source: 'platform' | 'directory';
  idNat: string | null;
  rpps: string | null;
  adeli: string | null;
  lastName: string;
  firstName: string;
  professionLabel: string;
  city: string | null;
  userId: string | null;
}
