/**
 * Notifications of care requests (SMS, e-mail, push). SMS and e-mails carry no
 * patient identity and no care detail: the commune, the profession and a link
 * to the fiche, which shows the rest to those allowed to see it.
 */
export const notifications = {
  offer: {
    subject: 'Nouvelle demande de prise en charge',
    sms: 'Déclic : nouvelle demande {{profession}} à {{city}}{{distance}}, réponse avant {{deadline}}. {{url}}',
    push: '{{profession}} à {{city}}{{distance}} — réponse avant {{deadline}}',
    email: [
      'Bonjour,',
      '',
      'Une demande de prise en charge vous est proposée : {{profession}} à {{city}}{{distance}}.',
      'Réponse attendue avant {{deadline}}. Le premier professionnel qui accepte prend la demande.',
      '',
      'Voir la demande : {{url}}',
      '',
      'L’équipe Déclic',
    ].join('\n'),
    distance: ' ({{km}} km)',
  },
  taken: {
    subject: 'Demande déjà prise en charge',
    push: 'La demande #{{number}} a été acceptée par un autre professionnel.',
  },
  accepted: {
    subject: 'Demande #{{number}} acceptée',
    push: '{{name}} ({{profession}}) a accepté la demande #{{number}}.',
    email: ['Bonjour,', '', '{{name}} ({{profession}}) a accepté la demande #{{number}}.', '', 'Voir la fiche : {{url}}', '', 'L’équipe Déclic'].join('\n'),
  },
  attendingGp: {
    subject: 'Prise en charge déclenchée pour un(e) de vos patient(e)s',
    email: [
      'Bonjour,',
      '',
      'Vous êtes le médecin traitant d’un(e) patient(e) pour qui une prise en charge {{profession}} vient d’être déclenchée (fiche #{{number}}).',
      '',
      'Voir la fiche : {{url}}',
      '',
      'L’équipe Déclic',
    ].join('\n'),
  },
  unanswered: {
    subject: 'Aucune ressource disponible — demande #{{number}}',
    push: 'Personne n’a accepté la demande #{{number}} : vous pouvez la déclencher de nouveau.',
    email: ['Bonjour,', '', 'Personne n’a accepté la demande #{{number}} dans le délai de réponse.', 'Vous pouvez la déclencher de nouveau, avec un rayon élargi : {{url}}', '', 'L’équipe Déclic'].join('\n'),
  },
  cancelled: {
    subject: 'Demande #{{number}} annulée',
    sms: 'Déclic : la demande #{{number}} a été annulée. {{url}}',
    push: 'La demande #{{number}} a été annulée par le demandeur.',
  },
} as const;
