/** Messages of the national directory's command-line tools (`npm run import:rpps`, `npm run gen:rpps`). */
export const directory = {
  import: {
    usage: 'Usage : npm run import:rpps -- FICHIER (extrait PS_LibreAcces_Personne_activite_*.txt)',
    start: 'Import de {{file}} ({{size}}, encodage {{encoding}}, {{columns}} colonnes) dans {{target}}…',
    progress: '{{percent}} % · {{done}} / {{size}} · {{lines}} lignes · {{seconds}} s',
    done: 'Import terminé en {{seconds}} s. Lignes lues : {{lines}} ; importées : {{imported}} ; rejetées : {{bad}}. Fiches créées ou mises à jour : {{changed}}.',
    badTitle: 'Lignes rejetées :',
    badTitleFirst: 'Lignes rejetées (les {{shown}} premières sur {{bad}}) :',
    badLine: '  ligne {{line}} : {{reason}}',
    failed: 'Import interrompu : {{message}}',
  },
  file: {
    ENOENT: 'fichier introuvable',
    EACCES: 'accès refusé',
    EISDIR: "c'est un dossier",
    empty: 'fichier vide',
    other: 'erreur {{code}}',
  },
  reason: {
    column_count: '{{actual}} colonnes au lieu de {{expected}}',
    missing_id: 'identifiant manquant',
    invalid_id: 'identifiant national invalide',
    missing_name: "nom d'exercice manquant",
    missing_profession: 'code profession manquant',
    encoding: 'caractères illisibles (encodage)',
    too_long: 'ligne trop longue',
  },
  generate: {
    usage:
      'Usage : npm run gen:rpps -- --rows N --out FICHIER [--seed S] [--encoding utf8|latin1] [--layout 56|52]',
    invalid: 'Option invalide : {{details}}',
    done: 'Extrait synthétique écrit en {{seconds}} s : {{rows}} lignes, {{size}} → {{file}}',
    failed: "Impossible d'écrire {{file}} : {{message}}",
  },
  encoding: { 'utf-8': 'UTF-8', 'windows-1252': 'Latin-1 (Windows-1252)', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE' },
} as const;
