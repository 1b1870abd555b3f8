/**
 * The official layout of `PS_LibreAcces_Personne_activite_*.txt`: header wording
 * (56 columns in newer files, the first 52 in older ones), `|` separator, a
 * trailing `|` on every line, no quoting. Reference data for the generator and tests.
 */
export const officialHeader56: readonly string[] = [
  "Type d'identifiant PP",
  'Identifiant PP',
  'Identification nationale PP',
  "Code civilité d'exercice",
  "Libellé civilité d'exercice",
  'Code civilité',
  'Libellé civilité',
  "Nom d'exercice",
  "Prénom d'exercice",
  'Code profession',
  'Libellé profession',
  'Code catégorie professionnelle',
  'Libellé catégorie professionnelle',
  'Code type savoir-faire',
  'Libellé type savoir-faire',
  'Code savoir-faire',
  'Libellé savoir-faire',
  'Code mode exercice',
  'Libellé mode exercice',
  'Numéro SIRET site',
  'Numéro SIREN site',
  'Numéro FINESS site',
  'Numéro FINESS établissement juridique',
  'Identifiant technique de la structure',
  'Raison sociale site',
  'Enseigne commerciale site',
  'Complément destinataire (coord. structure)',
  'Complément point géographique (coord. structure)',
  'Numéro Voie (coord. structure)',
  'Indice répétition voie (coord. structure)',
  'Code type de voie (coord. structure)',
  'Libellé type de voie (coord. structure)',
  'Libellé Voie (coord. structure)',
  'Mention distribution (coord. structure)',
  'Bureau cedex (coord. structure)',
  'Code postal (coord. structure)',
  'Code commune (coord. structure)',
  'Libellé commune (coord. structure)',
  'Code pays (coord. structure)',
  'Libellé pays (coord. structure)',
  'Téléphone (coord. structure)',
  'Téléphone 2 (coord. structure)',
  'Télécopie (coord. structure)',
  'Adresse e-mail (coord. structure)',
  'Code Département (structure)',
  'Libellé Département (structure)',
  'Ancien identifiant de la structure',
  "Autorité d'enregistrement",
  "Code secteur d'activité",
  "Libellé secteur d'activité",
  'Code section tableau pharmaciens',
  'Libellé section tableau pharmaciens',
  'Code fonction',
  'Libellé fonction',
  "Code genre d'activité",
  "Libellé genre d'activité",
];

export type Layout = 52 | 56;

/** The header cells of a layout. */
export function officialHeader(layout: Layout): readonly string[] {
  return officialHeader56.slice(0, layout);
}

/** Column positions of the official layout, by header name. */
export const col = Object.fromEntries(officialHeader56.map((name, index) => [name, index])) as Readonly<Record<string, number>>;

/** One line of the extract: cells joined by `|`, with the trailing `|`. */
export function formatLine(cells: readonly string[]): string {
  return `${cells.join('|')}|`;
}
