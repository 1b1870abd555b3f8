import type { CareProfession, Profession } from '../../../core/professions.js';

/** Organisations of the demo territory, by key. */
export const demoOrganisations = {
  plateforme: { name: 'Plateforme Déclic Essonne', kind: 'plateforme', phone: '01 60 91 20 00' },
  tilleuls: { name: 'Cabinet médical des Tilleuls', kind: 'cabinet', phone: '01 60 78 45 12' },
  agora: { name: 'Pharmacie de l’Agora', kind: 'cabinet', phone: '01 60 77 31 08' },
  chsf: { name: 'Centre hospitalier Sud Francilien', kind: 'etablissement', phone: '01 61 69 61 69' },
  valdorge: { name: 'Cabinet infirmier du Val d’Orge', kind: 'cabinet', phone: '01 69 04 22 57' },
  massy: { name: 'Maison de santé de Massy', kind: 'cabinet', phone: '01 69 20 14 80' },
  bordsdeseine: { name: 'Cabinet de kinésithérapie des Bords de Seine', kind: 'cabinet', phone: '01 69 42 18 36' },
  etampes: { name: 'Pôle de santé d’Étampes', kind: 'cabinet', phone: '01 64 94 05 61' },
} as const;

export type OrganisationKey = keyof typeof demoOrganisations;

export const DEMO_NETWORK_NAME = 'CPTS Cœur d’Essonne';

/** A demo user before generation of ids, numbers and schedules. */
export interface DemoPerson {
  readonly email: string | null;
  readonly profession: Profession;
  readonly firstName: string;
  readonly lastName: string;
  /** Commune of the practice; null for users without a practice. */
  readonly inseeCode: string | null;
  readonly radiusKm: number;
  readonly organisation: OrganisationKey | null;
  /** Member of the CPTS. */
  readonly network: boolean;
}

type Row = readonly [CareProfession, string, string, string, number, OrganisationKey | null, boolean];

const person = ([profession, firstName, lastName, inseeCode, radiusKm, organisation, network]: Row, email: string | null = null): DemoPerson => ({
  email,
  profession,
  firstName,
  lastName,
  inseeCode,
  radiusKm,
  organisation,
  network,
});

/** The accounts listed on the login page, then ~35 professionals spread over Essonne. */
export const namedPeople: readonly DemoPerson[] = [
  person(['medecin_generaliste', 'Claire', 'Morel', '91228', 10, 'tilleuls', true], 'medecin@declic.demo'),
  person(['infirmier', 'Julien', 'Bernard', '91228', 15, null, true], 'infirmier@declic.demo'),
  person(['masseur_kinesitherapeute', 'Sophie', 'Laurent', '91174', 12, null, true], 'kine@declic.demo'),
  person(['pharmacien', 'Thomas', 'Petit', '91228', 8, 'agora', true], 'pharmacien@declic.demo'),
  person(['sage_femme', 'Amélie', 'Garnier', '91521', 15, null, true], 'sage-femme@declic.demo'),
  { email: 'superviseur@declic.demo', profession: 'superviseur', firstName: 'Isabelle', lastName: 'Roux', inseeCode: null, radiusKm: 10, organisation: 'plateforme', network: false },
  { email: 'tiers@declic.demo', profession: 'tiers_de_confiance', firstName: 'Nadia', lastName: 'Haddad', inseeCode: null, radiusKm: 10, organisation: null, network: false },
  { email: 'admin@declic.demo', profession: 'superviseur', firstName: 'Marc', lastName: 'Lemoine', inseeCode: null, radiusKm: 10, organisation: 'plateforme', network: false },
];

export const otherProfessionals: readonly DemoPerson[] = (
  [
    ['medecin_generaliste', 'Philippe', 'Lambert', '91174', 10, null, true],
    ['medecin_generaliste', 'Nathalie', 'Girard', '91521', 8, null, true],
    ['medecin_generaliste', 'Karim', 'Benali', '91286', 10, null, true],
    ['medecin_generaliste', 'Hélène', 'Fournier', '91377', 8, 'massy', false],
    ['medecin_generaliste', 'François', 'Mercier', '91223', 15, 'etampes', true],
    ['medecin_generaliste', 'Catherine', 'Blanc', '91103', 10, null, true],
    ['medecin_generaliste', 'Olivier', 'Chevalier', '91589', 7, null, true],
    ['medecin_generaliste', 'Anne', 'Rousseau', '91228', 10, 'tilleuls', true],
    ['infirmier', 'Sandrine', 'Faure', '91228', 12, null, false],
    ['infirmier', 'Mehdi', 'Saïdi', '91174', 10, null, true],
    ['infirmier', 'Valérie', 'André', '91549', 10, 'valdorge', true],
    ['infirmier', 'Nicolas', 'Lefebvre', '91549', 8, 'valdorge', true],
    ['infirmier', 'Aurélie', 'Mathieu', '91021', 12, null, true],
    ['infirmier', 'Stéphane', 'Robin', '91326', 6, null, true],
    ['infirmier', 'Fatima', 'El Amrani', '91286', 8, null, true],
    ['infirmier', 'Laurence', 'Masson', '91200', 20, null, true],
    ['infirmier', 'Christophe', 'Perrin', '91223', 15, 'etampes', true],
    ['infirmier', 'Émilie', 'Duval', '91477', 10, null, false],
    ['infirmier', 'Patrick', 'Noël', '91421', 8, null, true],
    ['masseur_kinesitherapeute', 'Guillaume', 'Gauthier', '91228', 10, null, true],
    ['masseur_kinesitherapeute', 'Caroline', 'Henry', '91201', 8, 'bordsdeseine', true],
    ['masseur_kinesitherapeute', 'Sébastien', 'Roussel', '91027', 10, 'bordsdeseine', true],
    ['masseur_kinesitherapeute', 'Marion', 'Colin', '91471', 10, null, false],
    ['masseur_kinesitherapeute', 'Yannick', 'Vidal', '91386', 10, null, true],
    ['masseur_kinesitherapeute', 'Céline', 'Brunet', '91345', 6, null, false],
    ['masseur_kinesitherapeute', 'Julie', 'Marchand', '91405', 12, null, true],
    ['pharmacien', 'Jean-Marc', 'Boyer', '91174', 5, null, true],
    ['pharmacien', 'Samia', 'Khelifi', '91687', 5, null, true],
    ['pharmacien', 'Pierre', 'Lemaire', '91691', 5, null, false],
    ['pharmacien', 'Agnès', 'Renaud', '91692', 8, null, false],
    ['pharmacien', 'Bruno', 'Dumas', '91340', 6, null, true],
    ['sage_femme', 'Camille', 'Giraud', '91174', 15, 'chsf', true],
    ['sage_femme', 'Léa', 'Barbier', '91272', 12, null, false],
    ['sage_femme', 'Manon', 'Arnaud', '91570', 10, null, true],
    ['sage_femme', 'Inès', 'Moulin', '91377', 10, 'massy', false],
  ] satisfies Row[]
).map((row) => person(row));

/** Street lines used for practices and patients (fictitious numbers on common street names). */
export const streetNames = [
  'rue de la République',
  'avenue du Général de Gaulle',
  'rue Jean Jaurès',
  'place de l’Église',
  'rue Victor Hugo',
  'allée des Tilleuls',
  'boulevard de la Gare',
  'rue Pasteur',
  'rue des Écoles',
  'avenue de la Libération',
  'rue du Moulin',
  'chemin des Vignes',
  'rue Gambetta',
  'cours Blaise Pascal',
  'rue de la Mairie',
  'avenue Carnot',
] as const;
