/** The demo accounts, listed in the README and on the login page in demo mode. They share one password. */
export const DEMO_PASSWORD = 'declic-demo-2026';

export interface DemoAccount {
  readonly email: string;
  /** What the account shows off, in French (e.g. "Médecin généraliste — Cabinet des Tilleuls"). */
  readonly label: string;
}

export const demoAccounts: readonly DemoAccount[] = [
  { email: 'medecin@declic.demo', label: 'Médecin généraliste — Cabinet médical des Tilleuls (Évry-Courcouronnes)' },
  { email: 'infirmier@declic.demo', label: 'Infirmier — Évry-Courcouronnes' },
  { email: 'kine@declic.demo', label: 'Masseur-kinésithérapeute — Corbeil-Essonnes' },
  { email: 'pharmacien@declic.demo', label: 'Pharmacien — Pharmacie de l’Agora (Évry-Courcouronnes)' },
  { email: 'sage-femme@declic.demo', label: 'Sage-femme — Ris-Orangis' },
  { email: 'superviseur@declic.demo', label: 'Superviseur — Plateforme Déclic Essonne et CPTS Cœur d’Essonne' },
  { email: 'tiers@declic.demo', label: 'Tiers de confiance' },
  { email: 'admin@declic.demo', label: 'Administrateur — comptes, organisations et réseaux' },
];
