/** The demo accounts, listed in the README and on the login page in demo mode. They share one password. */
export const DEMO_PASSWORD = 'declic-demo-2026';

export interface DemoAccount {
  readonly email: string;
  /** What the account shows off, in French (e.g. "Médecin généraliste — Cabinet des Tilleuls"). */
  readonly label: string;
}

export const demoAccounts: readonly DemoAccount[] = [];
