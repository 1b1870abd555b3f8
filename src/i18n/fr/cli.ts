/** Messages of the command-line tools (`npm run …`). */
export const cli = {
  importCommunes: {
    usage: 'Usage : npm run import:communes -- FICHIER (export JSON de geo.api.gouv.fr, ou CSV avec code_insee, nom_commune, code_postal, latitude, longitude)',
    reading: 'Lecture de {{file}}…',
    progress: '{{written}} / {{total}} communes enregistrées…',
    issue: '{{where}} {{line}} ignorée : {{reason}}',
    whereLine: 'Ligne',
    whereEntry: 'Entrée',
    moreIssues: '… et {{count}} autres entrées ignorées.',
    done: '{{written}} communes importées ({{format}}, base {{target}}) ; {{skipped}} entrées ignorées sur {{entries}}.',
    fileError: 'Fichier illisible : {{details}}',
    missingColumns: 'colonnes manquantes : {{columns}}',
    notJson: 'ce n’est ni une liste JSON de communes ni un fichier CSV avec en-tête',
    empty: 'fichier vide',
    reasons: {
      insee: 'code INSEE invalide',
      name: 'nom de commune manquant',
      postcode: 'code postal manquant ou invalide',
      coordinates: 'latitude/longitude manquantes ou invalides',
      territory: 'collectivité d’outre-mer non prise en charge',
      entry: 'entrée illisible',
    },
  },
} as const;
