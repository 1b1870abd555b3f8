/** E-mail subjects and bodies (plain text). */
export const email = {
  passwordReset: {
    /** The API's answer to a reset request, the same whether or not the account exists. */
    requested: 'Si un compte correspond à cet identifiant, un e-mail de réinitialisation vient d’être envoyé.',
    subject: 'Déclic — réinitialisation de votre mot de passe',
    text: [
      'Bonjour {{firstName}},',
      '',
      'Une réinitialisation du mot de passe de votre compte Déclic a été demandée.',
      'Pour choisir un nouveau mot de passe, ouvrez ce lien :',
      '',
      '{{link}}',
      '',
      'Ce lien est valable 1 heure et ne peut servir qu’une seule fois.',
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.',
      '',
      'L’équipe Déclic',
    ].join('\n'),
  },
} as const;
