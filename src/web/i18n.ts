import { t as translate, type fr } from '../i18n/index.js';

/** Every leaf path of a catalogue object, as `a.b.c`. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & (string | number)]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & (string | number)];

/** Keys the web app may translate: checked at compile time. */
export type MessageKey = Leaves<Pick<typeof fr, 'ui' | 'domain' | 'fields'>>;

export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  return translate(key, params);
}
