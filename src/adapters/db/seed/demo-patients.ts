import type { IdentityStatus, Regime, UsualProfessionalRole } from '../../../core/patients/index.js';

/** Who, among the named demo accounts, appears around a demo patient. */
export type DemoCarer = 'gp' | 'nurse' | 'kine' | 'pharmacist';

/** The ten demo patients (fictitious people), created by the demo GP at the Cabinet médical des Tilleuls. */
export interface DemoPatient {
  readonly lastName: string;
  readonly firstName: string;
  readonly birthName: string | null;
  readonly sex: 'F' | 'M';
  readonly birthDate: string;
  /** National form; stored in E.164. */
  readonly phone: string;
  readonly phone2: string | null;
  readonly email?: string;
  readonly street: string;
  readonly inseeCode: string;
  readonly birthPlace?: { readonly code: string; readonly name: string };
  /** Order number of the NIR (its key is computed); the NIR is built from sex, birth date and birth place. */
  readonly nirOrder?: string;
  /** Only with a NIR: the INS is the NIR, with this status. */
  readonly identityStatus?: IdentityStatus;
  readonly occupation?: string;
  readonly regime?: Regime;
  readonly complements?: { addressComplement?: string; building?: string; staircase?: string; floor?: string; digicode?: string; intercom?: string; door?: string };
  /** Registered that many days before the seeding day. */
  readonly createdDaysAgo: number;
  /** Who follows the patient ("Patient pour Moi"), besides the creating GP when `gpFollows`. */
  readonly gpFollows: boolean;
  readonly alsoFollowedBy?: readonly DemoCarer[];
  readonly usualProfessionals?: Partial<Record<UsualProfessionalRole, DemoCarer>>;
}

const team = { medecin_traitant: 'gp' } as const;

export const demoPatients: readonly DemoPatient[] = [
  {
    lastName: 'Dubois', firstName: 'Jeanne', birthName: 'Lefort', sex: 'F', birthDate: '1938-04-12', phone: '01 60 78 12 45', phone2: '06 45 21 87 30',
    street: '14 Allée des Tilleuls', inseeCode: '91228', birthPlace: { code: '75115', name: 'Paris 15e Arrondissement' }, nirOrder: '042', identityStatus: 'qualifiee',
    occupation: 'Retraitée', regime: 'general', complements: { building: 'B', floor: '2e', digicode: '4512A', intercom: 'DUBOIS' },
    createdDaysAgo: 3, gpFollows: true, alsoFollowedBy: ['nurse'], usualProfessionals: { ...team, infirmier: 'nurse', pharmacien: 'pharmacist' },
  },
  {
    lastName: 'Martin', firstName: 'Robert', birthName: null, sex: 'M', birthDate: '1945-09-03', phone: '06 12 48 73 95', phone2: null,
    street: '3 Rue Pasteur', inseeCode: '91228', birthPlace: { code: '91228', name: 'Évry-Courcouronnes' }, nirOrder: '118', identityStatus: 'validee',
    occupation: 'Retraité', regime: 'general', createdDaysAgo: 9, gpFollows: true, usualProfessionals: team,
  },
  {
    lastName: 'Leroy', firstName: 'Simone', birthName: 'Carpentier', sex: 'F', birthDate: '1932-11-27', phone: '01 69 02 33 18', phone2: '07 68 14 52 09',
    street: '27 Rue de la République', inseeCode: '91521', birthPlace: { code: '2A004', name: 'Ajaccio' }, nirOrder: '007', identityStatus: 'recuperee',
    occupation: 'Retraitée', regime: 'agricole', complements: { addressComplement: 'Résidence Les Tilleuls', floor: '4e', door: 'Porte gauche', intercom: 'LEROY S.' },
    createdDaysAgo: 16, gpFollows: true, alsoFollowedBy: ['nurse'], usualProfessionals: { ...team, infirmier: 'nurse', kinesitherapeute: 'kine' },
  },
  {
    lastName: 'Moreau', firstName: 'André', birthName: null, sex: 'M', birthDate: '1950-02-14', phone: '06 30 84 17 62', phone2: null,
    street: '8 Rue Gambetta', inseeCode: '91174', occupation: 'Retraité', regime: 'general', createdDaysAgo: 25, gpFollows: true, alsoFollowedBy: ['kine'],
    usualProfessionals: { ...team, kinesitherapeute: 'kine' },
  },
  {
    lastName: 'Garcia', firstName: 'Lucie', birthName: null, sex: 'F', birthDate: '1994-06-21', phone: '07 81 36 94 27', phone2: null, email: 'lucie.garcia@exemple.fr',
    street: '52 Cours Blaise Pascal', inseeCode: '91228', birthPlace: { code: '97209', name: 'Fort-de-France' }, nirOrder: '031', identityStatus: 'provisoire',
    occupation: 'Enseignante', regime: 'fonction_publique', complements: { staircase: 'C', floor: '5e', digicode: '7391' }, createdDaysAgo: 40, gpFollows: true,
  },
  {
    lastName: 'Benkhelifa', firstName: 'Mohamed', birthName: null, sex: 'M', birthDate: '1958-12-05', phone: '06 62 05 48 13', phone2: null,
    street: '6 Avenue de la Libération', inseeCode: '91286', birthPlace: { code: '99352', name: 'Algérie' }, nirOrder: '214', identityStatus: 'validee',
    occupation: 'Artisan', regime: 'independant', createdDaysAgo: 75, gpFollows: true, usualProfessionals: team,
  },
  {
    lastName: 'Fontaine', firstName: 'Monique', birthName: 'Perret', sex: 'F', birthDate: '1941-07-30', phone: '01 60 79 54 21', phone2: null,
    street: '11 Rue des Écoles', inseeCode: '91228', regime: 'general', complements: { floor: '1er', digicode: '1987' }, createdDaysAgo: 120, gpFollows: true,
    usualProfessionals: { ...team, pharmacien: 'pharmacist' },
  },
  {
    lastName: 'Picard', firstName: 'Gérard', birthName: null, sex: 'M', birthDate: '1936-03-18', phone: '01 64 94 27 83', phone2: '06 87 12 40 56',
    street: '19 Rue du Moulin', inseeCode: '91223', birthPlace: { code: '91223', name: 'Étampes' }, nirOrder: '089', identityStatus: 'qualifiee',
    occupation: 'Agriculteur retraité', regime: 'agricole', createdDaysAgo: 200, gpFollows: true,
  },
  {
    lastName: 'Charpentier', firstName: 'Yvette', birthName: 'Michel', sex: 'F', birthDate: '1929-10-09', phone: '01 69 42 61 07', phone2: null,
    street: '2 Place de l’Église', inseeCode: '91201', birthPlace: { code: '2B033', name: 'Bastia' }, nirOrder: '015', identityStatus: 'validee',
    regime: 'general', complements: { floor: 'Rez-de-chaussée', door: 'Au fond de la cour' }, createdDaysAgo: 300, gpFollows: false,
  },
  {
    lastName: 'Nguyen', firstName: 'Lucas', birthName: null, sex: 'M', birthDate: '1987-01-25', phone: '06 24 71 39 58', phone2: null, email: 'lucas.nguyen@exemple.fr',
    street: '41 Avenue Carnot', inseeCode: '91377', occupation: 'Informaticien', regime: 'general', createdDaysAgo: 500, gpFollows: false,
  },
];
