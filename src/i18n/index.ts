import i18next from 'i18next';
import { directory } from './fr/directory.js';
import { cli } from './fr/cli.js';
import { domain } from './fr/domain.js';
import { email } from './fr/email.js';
import { errors, fields } from './fr/errors.js';
import { notifications } from './fr/notifications.js';
import { ui } from './fr/ui.js';

export const fr = { errors, fields, domain, email, notifications, ui, directory, cli } as const;

const instance = i18next.createInstance();
void instance.init({
  lng: 'fr',
  fallbackLng: 'fr',
  initAsync: false,
  resources: { fr: { translation: fr } },
  interpolation: { escapeValue: false },
  keySeparator: '.',
  nsSeparator: false,
  returnNull: false,
});

/** Translates a catalogue key (`errors.auth.locked` style paths use the first dot only for the namespace). */
export function t(key: string, params: Readonly<Record<string, string | number>> = {}): string {
  return instance.t(key, params);
}
