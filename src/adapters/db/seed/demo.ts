import { sql } from 'drizzle-orm';
import { argon2Hasher } from '../../crypto/argon2-hasher.js';
import type { Db } from '../client.js';
import {
  absences,
  communes,
  networkMembers,
  networks,
  organisations,
  patientEvents,
  patientFollowers,
  patients,
  supervisions,
  usualProfessionals,
  users,
  workingHours,
} from '../schema.js';
import { essonneCommunes } from './communes-91.js';
import { DEMO_PASSWORD } from './demo-accounts.js';
import { seedDemoDirectory } from './demo-directory.js';
import { buildDemoPlan } from './demo-plan.js';

/** Any id will do as long as every instance uses the same one. */
const SEED_LOCK_ID = 7_402_118;

/** True when the database holds no user yet (first start). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length === 0;
}

export interface SeedResult {
  /** False when another process seeded first (or users appeared meanwhile). */
  readonly seeded: boolean;
  readonly users: number;
  readonly patients: number;
}

/**
 * Loads the demo territory (communes of Essonne, organisations, a CPTS, ~40
 * professionals, 10 patients with followers, history and usual professionals) in one transaction. Does nothing when users
 * already exist: concurrent starts seed once (transaction-scoped advisory lock).
 */
export async function seedDemo(db: Db, now: Date = new Date()): Promise<SeedResult> {
  // One shared hash for every demo account: they share one public password anyway.
  const plan = buildDemoPlan(now, await argon2Hasher.hash(DEMO_PASSWORD));
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_ID})`);
    if (!(await isDatabaseEmpty(tx))) return { seeded: false, users: 0, patients: 0 };
    await tx
      .insert(communes)
      .values(essonneCommunes.map((c) => ({ ...c, postcodes: [...c.postcodes], departement: '91', timeZone: 'Europe/Paris' })))
      .onConflictDoNothing();
    await tx.insert(organisations).values(plan.organisations);
    await tx.insert(networks).values(plan.networks);
    await tx.insert(users).values(plan.users);
    await seedDemoDirectory(tx, plan.users);
    await tx.insert(networkMembers).values(plan.networkMembers);
    await tx.insert(supervisions).values(plan.supervisions);
    await tx.insert(workingHours).values(plan.workingHours);
    await tx.insert(absences).values(plan.absences);
    await tx.insert(patients).values(plan.patients);
    await tx.insert(patientFollowers).values(plan.patientFollowers);
    await tx.insert(patientEvents).values(plan.patientEvents);
    await tx.insert(usualProfessionals).values(plan.usualProfessionals);
    return { seeded: true, users: plan.users.length, patients: plan.patients.length };
  });
}
