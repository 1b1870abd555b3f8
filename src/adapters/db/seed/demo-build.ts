import { defaultCareActs } from '../../../core/care-acts.js';
import type { CareMode, CareProfession } from '../../../core/professions.js';
import { luhnCheckDigit } from '../../../core/validators/index.js';
import type { DemoCommune } from './communes-91.js';
import type { Random } from './random.js';

/** Generators of realistic, valid demo values (identifiers, phones, schedules) from a seeded Random. */

/** A UUID (v4 layout) drawn from `random`, so demo ids are stable. */
export function demoUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = (8 + random.int(0, 3)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** An RPPS number (11 digits starting `10`, Luhn key) not in `used`. */
export function demoRpps(random: Random, used: Set<string>): string {
  for (;;) {
    const partial = `10${random.digits(8)}`;
    const rpps = partial + luhnCheckDigit(partial);
    if (!used.has(rpps)) {
      used.add(rpps);
      return rpps;
    }
  }
}

const adeliProfessionCode: Readonly<Record<CareProfession, string>> = {
  medecin_generaliste: '10',
  sage_femme: '50',
  infirmier: '60',
  masseur_kinesitherapeute: '70',
  pharmacien: '21',
};

/** An ADELI number of Essonne (département 91, profession code, order number, Luhn key) not in `used`. */
export function demoAdeli(random: Random, profession: CareProfession, used: Set<string>): string {
  for (;;) {
    const partial = `91${adeliProfessionCode[profession]}${random.digits(4)}`;
    const adeli = partial + luhnCheckDigit(partial);
    if (!used.has(adeli)) {
      used.add(adeli);
      return adeli;
    }
  }
}

/** A metropolitan mobile in E.164 (06 or 07 5x–7x; never the overseas 0639/069x blocks). */
export function demoMobile(random: Random): string {
  if (random.chance(0.25)) return `+337${random.int(5, 8)}${random.digits(7)}`;
  const block = random.pick(['07', '12', '14', '20', '24', '30', '32', '45', '47', '58', '60', '61', '62', '63', '64', '66', '67', '68', '70', '72', '75', '78', '80', '82', '85', '88']);
  return `+336${block}${random.digits(6)}`;
}

/** An Essonne landline in E.164 (01 60, 01 64, 01 69). */
export function demoLandline(random: Random): string {
  return `+331${random.pick(['60', '64', '69'])}${random.digits(6)}`;
}

/** A point within about `km` of the commune centre. */
export function near(commune: DemoCommune, random: Random, km: number): { lat: number; lng: number } {
  const dLat = ((random.next() * 2 - 1) * km) / 111.2;
  const dLng = ((random.next() * 2 - 1) * km) / (111.2 * Math.cos((commune.lat * Math.PI) / 180));
  return { lat: Number((commune.lat + dLat).toFixed(5)), lng: Number((commune.lng + dLng).toFixed(5)) };
}

export interface Slot {
  readonly weekday: number;
  readonly startMinute: number;
  readonly endMinute: number;
}

const hm = (h: number, m = 0) => h * 60 + m;
const days = (weekdays: readonly number[], ranges: readonly (readonly [number, number])[]): Slot[] =>
  weekdays.flatMap((weekday) => ranges.map(([startMinute, endMinute]) => ({ weekday, startMinute, endMinute })));

/** Weekly hours typical of the profession: full or part time, some on Saturday mornings (`full`: Monday to Saturday). */
export function demoHours(profession: CareProfession, random: Random, full: boolean): Slot[] {
  const weekdays = !full && random.chance(0.25) ? random.pick([[1, 2, 4], [1, 3, 5], [2, 3, 4, 5]]) : [1, 2, 3, 4, 5];
  const saturday = full || random.chance(0.35);
  switch (profession) {
    case 'infirmier':
      return [...days(weekdays, [[hm(7), hm(12, 30)], [hm(16, 30), hm(20)]]), ...(saturday ? days([6], [[hm(7), hm(12)]]) : [])];
    case 'pharmacien':
      return [...days(weekdays, [[hm(9), hm(12, 30)], [hm(14), hm(19, 30)]]), ...days([6], [[hm(9), hm(13)]])];
    case 'medecin_generaliste':
      return [...days(weekdays, [[hm(8, 30), hm(12, 30)], [hm(14), hm(19)]]), ...(saturday ? days([6], [[hm(9), hm(12)]]) : [])];
    case 'masseur_kinesitherapeute':
      return [...days(weekdays, [[hm(8), hm(12)], [hm(14), hm(20)]]), ...(saturday ? days([6], [[hm(8), hm(12)]]) : [])];
    case 'sage_femme':
      return days(weekdays, [[hm(9), hm(13)], [hm(14), hm(18)]]);
  }
}

/** Every care act of the profession for named accounts; a realistic subset (never only "autre") otherwise. */
export function demoCareActs(profession: CareProfession, random: Random, everything: boolean): string[] {
  const catalogue = defaultCareActs[profession];
  if (everything) return [...catalogue];
  // What every professional of the profession does, then a random share of the rest.
  const common: Readonly<Record<CareProfession, readonly string[]>> = {
    medecin_generaliste: ['consultation', 'visite'],
    pharmacien: ['livraison_medicaments', 'conseil'],
    infirmier: ['bilan_sang', 'pansement', 'injection'],
    masseur_kinesitherapeute: ['reeducation', 'kine_respiratoire'],
    sage_femme: ['suivi_post_natal'],
  };
  const always = common[profession];
  const others = catalogue.filter((act) => act !== 'autre' && !always.includes(act));
  return [...always, ...random.subset(others, 0.6), ...(random.chance(0.4) ? ['autre'] : [])];
}

const modesOffered: Readonly<Record<CareProfession, { always: CareMode[]; maybe: CareMode[] }>> = {
  medecin_generaliste: { always: ['consultation', 'visite'], maybe: ['visio', 'telemedecine', 'conseil'] },
  infirmier: { always: ['visite'], maybe: ['consultation', 'conseil'] },
  masseur_kinesitherapeute: { always: ['visite', 'consultation'], maybe: ['visio'] },
  pharmacien: { always: ['conseil', 'visite'], maybe: ['visio'] },
  sage_femme: { always: ['visite', 'consultation'], maybe: ['visio', 'conseil'] },
};

export function demoCareModes(profession: CareProfession, random: Random, everything: boolean): CareMode[] {
  const { always, maybe } = modesOffered[profession];
  return [...always, ...(everything ? maybe : random.subset(maybe, 0.5))];
}

/** 'YYYY-MM-DD' of `now` shifted by `offsetDays` (UTC calendar). */
export function isoDay(now: Date, offsetDays: number): string {
  return new Date(now.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}
