import { eq } from 'drizzle-orm';
import { createCareRequestsAdapters } from '../../src/adapters/care-requests.js';
import { createCandidateFinder } from '../../src/adapters/db/stores/candidates.js';
import { offersOfRequest } from '../../src/adapters/db/stores/dispatch-rounds.js';
import { seedDemo } from '../../src/adapters/db/seed/demo.js';
import type { Db } from '../../src/adapters/db/client.js';
import { absences, careRequests, careRequestTags, networkMembers, networks, offers, patientEvents, supervisions, timelineEvents, users } from '../../src/adapters/db/schema.js';
import { createCareRequestsService } from '../../src/app/care-requests/index.js';
import type { CareRequestInput, ProfessionalFacts } from '../../src/core/care-requests/types.js';
import type { Clock } from '../../src/app/ports.js';
import type { TestApp } from './app.js';
import { createUser } from './factories.js';

/** Practices around Évry-Courcouronnes (the patients' home in `evryAddress`), and one in Étampes, ~29 km away. */
export const places = {
  evry: { lat: 48.6243, lng: 2.4297 },
  /** ~1.3 km from the patient. */
  evryNorth: { lat: 48.636, lng: 2.4297 },
  /** ~7.6 km from the patient. */
  corbeil: { lat: 48.6115, lng: 2.5318 },
  etampes: { lat: 48.4346, lng: 2.1615 },
} as const;

type UserFields = Parameters<typeof createUser>[1];

/** An active professional with a practice, acts and modes; no working hours (always available). */
export function createProfessional(db: Db, profession: 'infirmier' | 'masseur_kinesitherapeute' | 'medecin_generaliste' | 'pharmacien' | 'sage_femme', at: { lat: number; lng: number }, fields: UserFields = {}) {
  const acts: Record<string, string[]> = {
    infirmier: ['bilan_sang', 'pansement', 'injection'],
    masseur_kinesitherapeute: ['kine_respiratoire', 'reeducation'],
    medecin_generaliste: ['consultation', 'visite'],
    pharmacien: ['livraison_medicaments', 'conseil'],
    sage_femme: ['suivi_post_natal'],
  };
  return createUser(db, {
    profession,
    practiceLat: at.lat,
    practiceLng: at.lng,
    serviceRadiusKm: 10,
    careActs: acts[profession],
    careModes: ['visite', 'consultation', 'visio'],
    ...fields,
  });
}

/** A CPTS with these members. */
export async function createNetwork(db: Db, memberIds: readonly string[]): Promise<string> {
  const [network] = await db.insert(networks).values({ name: `CPTS ${memberIds.length}-${Date.now()}` }).returning();
  if (!network) throw new Error('network not inserted');
  if (memberIds.length > 0) await db.insert(networkMembers).values(memberIds.map((userId) => ({ networkId: network.id, userId })));
  return network.id;
}

/** Makes `userId` a supervisor of an organisation or of a network ("Fiches supervisées"). */
export async function supervise(db: Db, userId: string, scope: { organisationId: string } | { networkId: string }): Promise<void> {
  await db.insert(supervisions).values({ userId, ...scope });
}

/** Tags a fiche, as "Ajouter un commentaire / un tag" does. */
export async function tagCareRequest(db: Db, careRequestId: string, tag: string, userId: string): Promise<void> {
  await db.insert(careRequestTags).values({ careRequestId, tag, createdBy: userId });
}

/** Moves a fiche's creation `days` days back (the dashboard's periods). */
export async function backdateCareRequest(db: Db, careRequestId: string, days: number): Promise<void> {
  const [row] = await db.select({ createdAt: careRequests.createdAt }).from(careRequests).where(eq(careRequests.id, careRequestId));
  if (!row) throw new Error('no such care request');
  await db.update(careRequests).set({ createdAt: new Date(row.createdAt.getTime() - days * 86_400_000) }).where(eq(careRequests.id, careRequestId));
}

export async function addAbsence(db: Db, userId: string, startsOn: string, endsOn: string): Promise<void> {
  await db.insert(absences).values({ userId, startsOn, endsOn });
}

/** One valid block of "Informations du/des déclenchement(s)"; `overrides` replace fields. */
export function requestBlock(overrides: Partial<Record<keyof CareRequestInput, unknown>> = {}): CareRequestInput {
  return {
    profession: 'infirmier',
    careActs: ['bilan_sang'],
    careMode: 'visite',
    startWithinMinutes: 1440,
    days: 1,
    visitsPerDay: 1,
    responseDeadlineMinutes: 120,
    comment: 'Bilan sanguin à jeun',
    ...overrides,
  } as CareRequestInput;
}

/** The professionals offered a request, with the phase of their offer. */
export async function offersOf(db: Db, careRequestId: string) {
  return db.select({ userId: offers.userId, phase: offers.phase }).from(offers).where(offersOfRequest(db, careRequestId));
}

/** The fiche numbers in a patient's history ("Déclenchement #N"). */
export async function careRequestNumbersInHistory(db: Db, patientId: string): Promise<number[]> {
  const rows = await db.select().from(patientEvents).where(eq(patientEvents.patientId, patientId));
  return rows.flatMap((e) => (e.kind === 'care_request' && e.careRequestNumber !== null ? [e.careRequestNumber] : []));
}

export async function countCareRequests(db: Db): Promise<number> {
  return (await db.select({ id: careRequests.id }).from(careRequests)).length;
}

/** Changes the acts asked by a request behind the API's back (to make a later round find someone). */
export async function setRequestedActs(db: Db, careRequestId: string, acts: string[]): Promise<void> {
  await db.update(careRequests).set({ careActs: acts }).where(eq(careRequests.id, careRequestId));
}

export async function emailOf(db: Db, userId: string): Promise<string> {
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!row) throw new Error('no such user');
  return row.email;
}

/** One pass of the job worker (off in tests), as an app instance would run it at `clock`'s time. */
export async function runJobsOnce(app: TestApp, clock: Clock): Promise<number> {
  return createCareRequestsService({ ...createCareRequestsAdapters(app.config, app.database.db), clock }).runDueJobs();
}

/** Tries to rewrite and to delete one timeline event directly in the database. */
export async function tamperWithTimeline(db: Db): Promise<{ update: Promise<unknown>; remove: Promise<unknown> }> {
  const [event] = await db.select().from(timelineEvents).limit(1);
  if (!event) throw new Error('no timeline event');
  return {
    update: db.update(timelineEvents).set({ kind: 'forged' }).where(eq(timelineEvents.id, event.id)),
    remove: db.delete(timelineEvents).where(eq(timelineEvents.id, event.id)),
  };
}

/** Loads the demo territory (accounts, organisations, CPTS, patients) into a test database. */
export async function seedDemoTerritory(db: Db): Promise<void> {
  await seedDemo(db);
}

/** What matching knows of every user of the database. */
export async function demoProfessionalFacts(db: Db): Promise<ProfessionalFacts[]> {
  const finder = createCandidateFinder(db);
  const ids = await db.select({ id: users.id }).from(users);
  const facts = await Promise.all(ids.map((row) => finder.professionalFacts(row.id)));
  return facts.flatMap((f) => (f ? [f] : []));
}
