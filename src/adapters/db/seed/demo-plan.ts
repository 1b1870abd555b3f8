import { isCareProfession } from '../../../core/professions.js';
import { normalizePhone } from '../../../core/validators/index.js';
import type { absences, networkMembers, networks, organisations, supervisions, users, workingHours } from '../schema.js';
import { demoCommune } from './communes-91.js';
import { demoAdeli, demoCareActs, demoCareModes, demoHours, demoMobile, demoRpps, demoUuid, isoDay, near } from './demo-build.js';
import { DEMO_NETWORK_NAME, demoOrganisations, namedPeople, otherProfessionals, streetNames, type DemoPerson, type OrganisationKey } from './demo-people.js';
import { buildDemoPatients, type DemoCarerAccount, type DemoPatientRows } from './demo-patient-plan.js';
import type { DemoCarer } from './demo-patients.js';
import { seededRandom, type Random } from './random.js';

/** Every row of the demo territory, ready to insert. */
export interface DemoPlan extends DemoPatientRows {
  organisations: (typeof organisations.$inferInsert)[];
  networks: (typeof networks.$inferInsert)[];
  users: (typeof users.$inferInsert)[];
  networkMembers: (typeof networkMembers.$inferInsert)[];
  supervisions: (typeof supervisions.$inferInsert)[];
  workingHours: (typeof workingHours.$inferInsert)[];
  absences: (typeof absences.$inferInsert)[];
}

const SEED = 91_2026;

/** Absences around `now`, by index in `otherProfessionals`. */
const absencePlan: readonly { index: number; from: number; to: number; reason: string }[] = [
  { index: 0, from: -2, to: 5, reason: 'Congés' },
  { index: 8, from: 3, to: 10, reason: 'Formation' },
  { index: 12, from: 20, to: 34, reason: 'Congés d’été' },
  { index: 19, from: -12, to: -6, reason: 'Congés' },
  { index: 26, from: 0, to: 0, reason: 'Formation continue' },
];

/** Indexes in `otherProfessionals` registered with an ADELI number (legacy) rather than an RPPS. */
const adeliHolders = new Set([10, 16, 24]);

function e164(national: string): string {
  const phone = normalizePhone(national);
  if (!phone) throw new Error('invalid demo phone');
  return phone.e164;
}

/** Builds the demo territory deterministically; only absence dates depend on `now`. */
export function buildDemoPlan(now: Date, passwordHash: string): DemoPlan {
  const random = seededRandom(SEED);
  const organisationIds = new Map<OrganisationKey, string>();
  const plan: Omit<DemoPlan, keyof DemoPatientRows> = { organisations: [], networks: [], users: [], networkMembers: [], supervisions: [], workingHours: [], absences: [] };
  for (const [key, org] of Object.entries(demoOrganisations) as [OrganisationKey, (typeof demoOrganisations)[OrganisationKey]][]) {
    const id = demoUuid(random);
    organisationIds.set(key, id);
    plan.organisations.push({ id, name: org.name, kind: org.kind, phone: e164(org.phone), createdAt: now, updatedAt: now });
  }
  const networkId = demoUuid(random);
  plan.networks.push({ id: networkId, name: DEMO_NETWORK_NAME, kind: 'cpts', createdAt: now, updatedAt: now });

  const practices = new Map<string, Practice>();
  const used = { rpps: new Set<string>(), adeli: new Set<string>() };
  const people: { person: DemoPerson; named: boolean; index: number }[] = [
    ...namedPeople.map((person, index) => ({ person, named: true, index })),
    ...otherProfessionals.map((person, index) => ({ person, named: false, index })),
  ];
  const userIds: string[] = [];
  for (const { person, named, index } of people) {
    const id = demoUuid(random);
    userIds.push(id);
    const care = isCareProfession(person.profession) ? person.profession : null;
    const email = person.email ?? `${slug(person.firstName)}.${slug(person.lastName)}@declic.demo`;
    const organisationId = person.organisation ? (organisationIds.get(person.organisation) ?? null) : null;
    const practice = person.inseeCode ? practiceOf(person, random, practices) : null;
    const useAdeli = !named && adeliHolders.has(index);
    plan.users.push({
      id,
      email,
      firstName: person.firstName,
      lastName: person.lastName,
      profession: person.profession,
      rpps: care && !useAdeli ? demoRpps(random, used.rpps) : null,
      adeli: care && useAdeli ? demoAdeli(random, care, used.adeli) : null,
      mobilePhone: demoMobile(random),
      organisationId,
      isAdmin: email === 'admin@declic.demo',
      passwordHash,
      practiceAddress: practice?.address ?? null,
      practicePostcode: practice?.postcode ?? null,
      practiceInseeCode: practice ? person.inseeCode : null,
      practiceCity: person.inseeCode ? demoCommune(person.inseeCode).name : null,
      practiceLat: practice?.lat ?? null,
      practiceLng: practice?.lng ?? null,
      serviceRadiusKm: person.radiusKm,
      careActs: care ? demoCareActs(care, random, named) : [],
      careModes: care ? demoCareModes(care, random, named) : [],
      createdAt: now,
      updatedAt: now,
    });
    if (person.network) plan.networkMembers.push({ networkId, userId: id, createdAt: now });
    if (care) plan.workingHours.push(...demoHours(care, random, named).map((slot) => ({ userId: id, ...slot })));
    if (!named) {
      for (const absence of absencePlan.filter((a) => a.index === index)) {
        plan.absences.push({ userId: id, startsOn: isoDay(now, absence.from), endsOn: isoDay(now, absence.to), reason: absence.reason, createdAt: now });
      }
    }
    if (email === 'superviseur@declic.demo') {
      plan.supervisions.push({ userId: id, organisationId: organisationIds.get('plateforme') ?? null, createdAt: now });
      plan.supervisions.push({ userId: id, networkId, createdAt: now });
    }
  }

  const carer = (email: string): DemoCarerAccount => {
    const user = plan.users.find((u) => u.email === email);
    if (!user?.id) throw new Error(`missing demo account ${email}`);
    return { id: user.id, firstName: user.firstName, lastName: user.lastName, rpps: user.rpps ?? null, adeli: user.adeli ?? null };
  };
  const carers: Record<DemoCarer, DemoCarerAccount> = {
    gp: carer('medecin@declic.demo'),
    nurse: carer('infirmier@declic.demo'),
    kine: carer('kine@declic.demo'),
    pharmacist: carer('pharmacien@declic.demo'),
  };
  return { ...plan, ...buildDemoPatients(now, random, carers, organisationIds.get('tilleuls') ?? null) };
}

interface Practice {
  readonly address: string;
  readonly lat: number;
  readonly lng: number;
  readonly postcode: string;
}

/** Members of one organisation in one commune share its address; others get a street of their commune. */
function practiceOf(person: DemoPerson, random: Random, practices: Map<string, Practice>): Practice {
  const commune = demoCommune(person.inseeCode ?? '');
  const key = person.organisation ? `${person.organisation}:${commune.inseeCode}` : null;
  const shared = key ? practices.get(key) : undefined;
  if (shared) return shared;
  const street = person.organisation === 'tilleuls' ? '12 allée des Tilleuls' : `${random.int(1, 60)} ${random.pick(streetNames)}`;
  const practice = { address: street, ...near(commune, random, 0.9), postcode: random.pick(commune.postcodes) };
  if (key) practices.set(key, practice);
  return practice;
}

/** "Jean-Marc" → "jean-marc", "El Amrani" → "el-amrani", "Noël" → "noel". */
function slug(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
