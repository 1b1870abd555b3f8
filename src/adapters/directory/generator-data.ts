/**
 * Code lists of the synthetic extract. Profession codes and labels are TRE_G15;
 * SM26/SM53/SM54/SM49 are the documented savoir-faire of general practice and
 * public health — the other savoir-faire, section and sector codes are plausible
 * values for a synthetic file, not a reference.
 */

export interface SavoirFaire {
  readonly type: string;
  readonly typeLabel: string;
  readonly code: string;
  readonly label: string;
}

export interface ProfessionSpec {
  readonly code: string;
  readonly label: string;
  /** Share of the professionals. */
  readonly weight: number;
  readonly authority: string;
  /** Uses the title "Docteur". */
  readonly doctor: boolean;
  /** Share registered with an ADELI number rather than an RPPS. */
  readonly adeliShare: number;
  readonly savoirFaire: readonly (readonly [number, SavoirFaire])[];
  readonly femaleShare: number;
}

const specialty = (code: string, label: string): SavoirFaire => ({ type: 'S', typeLabel: 'Spécialité ordinale', code, label });

export const professionSpecs: readonly ProfessionSpec[] = [
  {
    code: '10',
    label: 'Médecin',
    weight: 24,
    authority: 'CNOM/CNOM/CNOM',
    doctor: true,
    adeliShare: 0,
    femaleShare: 0.5,
    savoirFaire: [
      [40, specialty('SM54', 'Médecine Générale')],
      [14, specialty('SM26', 'Qualifié en Médecine Générale')],
      [8, specialty('SM53', 'Spécialiste en Médecine Générale')],
      [6, specialty('SM04', 'Cardiologie et maladies vasculaires')],
      [6, specialty('SM15', 'Gynécologie-obstétrique')],
      [6, specialty('SM40', 'Pédiatrie')],
      [6, specialty('SM42', 'Psychiatrie')],
      [6, specialty('SM02', 'Anesthésie-réanimation')],
      [2, specialty('SM49', 'Santé publique et médecine sociale')],
    ],
  },
  { code: '60', label: 'Infirmier', weight: 36, authority: 'ONI/ONI/ONI', doctor: false, adeliShare: 0.08, femaleShare: 0.86, savoirFaire: [] },
  { code: '70', label: 'Masseur-Kinésithérapeute', weight: 10, authority: 'CNOMK/CNOMK/CNOMK', doctor: false, adeliShare: 0.06, femaleShare: 0.5, savoirFaire: [] },
  { code: '21', label: 'Pharmacien', weight: 8, authority: 'CNOP/CNOP/CNOP', doctor: false, adeliShare: 0, femaleShare: 0.68, savoirFaire: [] },
  {
    code: '40',
    label: 'Chirurgien-Dentiste',
    weight: 5,
    authority: 'CNOCD/CNOCD/CNOCD',
    doctor: true,
    adeliShare: 0,
    femaleShare: 0.5,
    savoirFaire: [
      [85, { type: '', typeLabel: '', code: '', label: '' }],
      [15, specialty('SCD01', 'Orthopédie dento-faciale')],
    ],
  },
  { code: '50', label: 'Sage-Femme', weight: 3, authority: 'CNOSF/CNOSF/CNOSF', doctor: false, adeliShare: 0.05, femaleShare: 0.97, savoirFaire: [] },
  { code: '91', label: 'Orthophoniste', weight: 3, authority: 'ARS/ARS/ARS', doctor: false, adeliShare: 0.3, femaleShare: 0.96, savoirFaire: [] },
  { code: '80', label: 'Pédicure-Podologue', weight: 2, authority: 'ONPP/ONPP/ONPP', doctor: false, adeliShare: 0.2, femaleShare: 0.7, savoirFaire: [] },
  { code: '28', label: 'Opticien-Lunetier', weight: 2, authority: 'ARS/ARS/ARS', doctor: false, adeliShare: 0.3, femaleShare: 0.55, savoirFaire: [] },
  { code: '94', label: 'Ergothérapeute', weight: 2, authority: 'ARS/ARS/ARS', doctor: false, adeliShare: 0.3, femaleShare: 0.86, savoirFaire: [] },
  { code: '96', label: 'Psychomotricien', weight: 1, authority: 'ARS/ARS/ARS', doctor: false, adeliShare: 0.3, femaleShare: 0.88, savoirFaire: [] },
  { code: '95', label: 'Diététicien', weight: 1, authority: 'ARS/ARS/ARS', doctor: false, adeliShare: 0.3, femaleShare: 0.9, savoirFaire: [] },
  { code: '26', label: 'Audioprothésiste', weight: 1, authority: 'ARS/ARS/ARS', doctor: false, adeliShare: 0.3, femaleShare: 0.5, savoirFaire: [] },
  { code: '98', label: 'Manipulateur ERM', weight: 2, authority: 'ARS/ARS/ARS', doctor: false, adeliShare: 0.3, femaleShare: 0.7, savoirFaire: [] },
];

/** Pharmacists' section of the Ordre (`Code section tableau pharmaciens`). */
export const pharmacistSections: readonly (readonly [string, string])[] = [
  ['A', "Pharmaciens titulaires d'officine"],
  ['D', "Pharmaciens adjoints d'officine et autres exercices"],
  ['G', 'Pharmaciens biologistes'],
  ['H', 'Pharmaciens des établissements de santé'],
];

export const exerciseModes: readonly (readonly [string, string])[] = [
  ['L', 'Libéral'],
  ['S', 'Salarié'],
  ['B', 'Bénévole'],
];

export const sectors = {
  L: [
    ['SA07', 'Cabinet individuel'],
    ['SA08', 'Cabinet de groupe'],
    ['SA09', "Société d'exercice libéral"],
  ],
  S: [
    ['SA05', 'Centre de santé'],
    ['SA01', 'Etablissement public de santé'],
  ],
} as const;

export const streetTypes: readonly (readonly [string, string])[] = [
  ['R', 'Rue'],
  ['AV', 'Avenue'],
  ['BD', 'Boulevard'],
  ['PL', 'Place'],
  ['CHE', 'Chemin'],
  ['ALL', 'Allée'],
  ['IMP', 'Impasse'],
  ['RTE', 'Route'],
];

export const streetNames: readonly string[] = [
  'DE LA RÉPUBLIQUE', 'VICTOR HUGO', 'JEAN JAURÈS', 'DU GÉNÉRAL DE GAULLE', 'PASTEUR', 'DES LILAS', 'DE LA GARE',
  'DE LA MAIRIE', "DE L'ÉGLISE", 'GAMBETTA', 'DU MARÉCHAL FOCH', 'JULES FERRY', 'DES ÉCOLES', 'DU MOULIN',
  'DE PARIS', 'ÉMILE ZOLA', 'DES TILLEULS', 'DU 8 MAI 1945', 'ARISTIDE BRIAND', 'DE LA LIBÉRATION', 'DES CHÊNES',
  'SAINT-MARTIN', 'DU CHÂTEAU', 'CLEMENCEAU', 'DE VERDUN', 'DES PRÉS', 'ANATOLE FRANCE', 'DU STADE',
];

/** First digits of a landline by département (DOM have their own prefixes). */
export function phonePrefix(departement: string): string {
  const overseas: Readonly<Record<string, string>> = { '971': '0590', '972': '0596', '973': '0594', '974': '0262', '976': '0269' };
  const prefix = overseas[departement];
  if (prefix) return prefix;
  if (['75', '77', '78', '91', '92', '93', '94', '95'].includes(departement)) return '01';
  const n = Number.parseInt(departement, 10);
  if (Number.isNaN(n)) return '04';
  if ([14, 18, 22, 27, 28, 29, 35, 36, 37, 41, 44, 45, 49, 50, 53, 56, 61, 72, 76, 79, 85, 86].includes(n)) return '02';
  if ([2, 8, 10, 21, 25, 39, 51, 52, 54, 55, 57, 58, 59, 60, 62, 67, 68, 70, 71, 80, 88, 89, 90].includes(n)) return '03';
  if ([9, 11, 12, 16, 17, 19, 23, 24, 31, 32, 33, 40, 46, 47, 64, 65, 66, 81, 82, 87].includes(n)) return '05';
  return '04';
}
