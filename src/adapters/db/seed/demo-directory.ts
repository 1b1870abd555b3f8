import { nameSearchKey, rppsProfessions, userProfessionCode } from '../../../core/directory/index.js';
import { isCareProfession, type CareProfession } from '../../../core/professions.js';
import { syntheticRpps } from '../../directory/generator.js';
import { femaleFirstNames, maleFirstNames, surnames, zipfPicker } from '../../directory/names.js';
import type { Db } from '../client.js';
import { directoryEntries, type users } from '../schema.js';
import { essonneCommunes, type DemoCommune } from './communes-91.js';
import { seededRandom, type Random } from './random.js';

type DirectoryRow = typeof directoryEntries.$inferInsert;
type DemoUser = typeof users.$inferInsert;

const SEED = 91_3003;
/** Synthetic professionals around the demo territory, besides the demo users and the homonyms. */
const OTHERS = 240;

const upper = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();

interface Person {
  readonly idNat: string;
  readonly lastName: string;
  readonly firstName: string;
  readonly profession: CareProfession;
}

function row(person: Person, commune: DemoCommune, site: number, random: Random): DirectoryRow {
  const code = userProfessionCode[person.profession];
  const gp = person.profession === 'medecin_generaliste';
  const structure = `R191${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
  return {
    idNat: person.idNat,
    siteKey: [structure, gp ? 'S' : '', gp ? 'SM54' : '', 'L'].join('|'),
    idType: person.idNat.slice(0, 1),
    identifier: person.idNat.slice(1),
    civility: gp ? 'Docteur' : null,
    lastName: person.lastName,
    firstName: person.firstName,
    professionCode: code,
    professionLabel: rppsProfessions[code] ?? null,
    savoirFaireCode: gp ? 'SM54' : null,
    savoirFaireLabel: gp ? 'Médecine Générale' : null,
    exerciseMode: 'L',
    structureName: gp ? `CABINET DU DR ${person.lastName}` : `CABINET ${person.lastName}`,
    address: `${random.int(1, 90) + site} RUE ${random.pick(['DE LA GARE', 'PASTEUR', 'VICTOR HUGO', 'DES ÉCOLES', 'JEAN JAURÈS'])}`,
    postcode: commune.postcodes[0] ?? null,
    communeCode: commune.inseeCode,
    communeName: commune.name,
    phone: `01${String(random.int(60_000_000, 69_999_999))}`,
    email: null,
    lastNameSearch: nameSearchKey(person.lastName),
    firstNameSearch: nameSearchKey(person.firstName),
  };
}

/**
 * The demo directory, deterministic: the demo professionals themselves (so a
 * search finds them once, as platform users), "PARADIS PHILIPPE"-like
 * homonyms (as in the seed's search screen) and ~240 other professionals of
 * Essonne drawn from the synthetic extract's name lists.
 */
export function buildDemoDirectory(demoUsers: readonly DemoUser[]): DirectoryRow[] {
  const random = seededRandom(SEED);
  const rows: DirectoryRow[] = [];
  const used = new Set(demoUsers.flatMap((u) => (u.rpps ? [u.rpps] : [])));
  let next = 0;
  const rpps = (): string => {
    for (;;) {
      const candidate = syntheticRpps(next++, SEED);
      if (!used.has(candidate)) {
        used.add(candidate);
        return `8${candidate}`;
      }
    }
  };
  const add = (person: Person, sites: number, commune?: DemoCommune): void => {
    for (let site = 0; site < sites; site++) rows.push(row(person, commune ?? random.pick(essonneCommunes), site, random));
  };

  for (const user of demoUsers) {
    if (!isCareProfession(user.profession)) continue;
    const idNat = user.rpps ? `8${user.rpps}` : user.adeli ? `0${user.adeli}` : null;
    if (!idNat) continue;
    const commune = essonneCommunes.find((c) => c.inseeCode === user.practiceInseeCode);
    add({ idNat, lastName: upper(user.lastName), firstName: upper(user.firstName), profession: user.profession }, 1, commune);
  }
  const homonyms: readonly [string, string, CareProfession, number][] = [
    ['PARADIS', 'PHILIPPE', 'medecin_generaliste', 1],
    ['PARANQUE', 'PHILIPPE', 'medecin_generaliste', 3],
    ['PARDIES', 'PHILIPPE', 'medecin_generaliste', 2],
    ['PARADIS', 'PHILIPPINE', 'infirmier', 1],
    ['PARADIS', 'PHILIPPE', 'masseur_kinesitherapeute', 2],
  ];
  for (const [lastName, firstName, profession, sites] of homonyms) add({ idNat: rpps(), lastName, firstName, profession }, sites);

  const surname = zipfPicker(surnames.length);
  const female = zipfPicker(femaleFirstNames.length);
  const male = zipfPicker(maleFirstNames.length);
  const weights: readonly [CareProfession, number][] = [
    ['medecin_generaliste', 30],
    ['infirmier', 40],
    ['masseur_kinesitherapeute', 12],
    ['pharmacien', 12],
    ['sage_femme', 6],
  ];
  for (let i = 0; i < OTHERS; i++) {
    let pick = random.int(1, 100);
    const profession = weights.find(([, w]) => (pick -= w) <= 0)?.[0] ?? 'infirmier';
    const isFemale = random.chance(0.6);
    const firstName = isFemale ? femaleFirstNames[female(random.next())] : maleFirstNames[male(random.next())];
    add({ idNat: rpps(), lastName: upper(surnames[surname(random.next())] ?? 'MARTIN'), firstName: upper(firstName ?? 'CAMILLE'), profession }, random.chance(0.2) ? 2 : 1);
  }
  return rows;
}

/** Inserts the demo directory (inside the demo seed's transaction); returns the rows inserted. */
export async function seedDemoDirectory(db: Db, demoUsers: readonly DemoUser[]): Promise<number> {
  const rows = buildDemoDirectory(demoUsers);
  for (let i = 0; i < rows.length; i += 100) await db.insert(directoryEntries).values(rows.slice(i, i + 100)).onConflictDoNothing();
  return rows.length;
}
