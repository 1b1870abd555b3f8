import type { AddressComplements, IdentityStatus, Regime, Sex, UsualProfessionalRole } from '../../core/patients/index.js';
import type { Territory } from '../../core/territories.js';
import type { PatientEventKind } from './ports.js';

/** One line of a patient's history ("Créé par Claire MOREL", "Patient pour Moi", "Déclenchement #24426443"). */
export interface HistoryLine {
  /** ISO 8601 instant. */
  readonly at: string;
  readonly kind: PatientEventKind;
  /** "Prénom NOM" of the user behind the line. */
  readonly userName: string | null;
  readonly careRequestNumber: number | null;
  readonly label: string;
}

/** A patient in a list (search results). */
export interface PatientSummary {
  readonly id: string;
  readonly lastName: string;
  readonly firstName: string;
  readonly sex: Sex;
  readonly birthDate: string;
  /** "52 ans - née le 01/01/1970" */
  readonly ageLabel: string;
  /** E.164 */
  readonly phone: string;
  readonly city: string;
  readonly postcode: string;
  /** The viewer follows the patient ("Patient pour Moi"). */
  readonly followed: boolean;
}

/** A patient of the file active patientèle. */
export interface CaseloadPatient extends PatientSummary {
  readonly lastActivityAt: string;
  readonly history: HistoryLine[];
}

export interface UsualProfessional {
  readonly role: UsualProfessionalRole;
  readonly idNat: string | null;
  readonly userId: string | null;
  readonly lastName: string;
  readonly firstName: string;
  readonly isPlatformUser: boolean;
}

export interface PatientAddress {
  readonly label: string;
  readonly address: string;
  readonly postcode: string;
  readonly city: string;
  readonly inseeCode: string | null;
  readonly lat: number;
  readonly lng: number;
  readonly territory: Territory;
  readonly timeZone: string;
}

/** The fiche patient: every identity field, normalised, with its team and history. */
export interface PatientDetail extends AddressComplements {
  readonly id: string;
  readonly phone: string;
  readonly phone2: string | null;
  readonly email: string | null;
  readonly lastName: string;
  readonly firstName: string;
  readonly birthName: string | null;
  readonly sex: Sex;
  readonly birthDate: string;
  readonly birthPlace: { readonly code: string; readonly name: string } | null;
  readonly nir: string | null;
  readonly ins: string | null;
  readonly identityStatus: IdentityStatus;
  readonly occupation: string | null;
  readonly regime: Regime | null;
  readonly address: PatientAddress;
  readonly ageLabel: string;
  readonly timeZone: string;
  readonly usualProfessionals: UsualProfessional[];
  readonly history: HistoryLine[];
  readonly followed: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}
