import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Clock } from '../../src/app/ports.js';
import type { Db } from '../../src/adapters/db/client.js';
import { directoryEntries, patientAccessLog, patientEvents, users } from '../../src/adapters/db/schema.js';

/** A clock the test moves forward (starts at the real time, so sessions stay valid). */
export interface TestClock extends Clock {
  advance(ms: number): void;
}

export function testClock(): TestClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => {
      offset += ms;
    },
  };
}

const unique = () => randomBytes(3).toString('hex');

/** A unique, letters-only name ("Lambert" + suffix), so tests do not see each other's patients. */
export function uniqueName(base: string): string {
  const letters = [...unique()].map((c) => String.fromCharCode(97 + (parseInt(c, 16) % 26))).join('');
  return `${base}${letters}`;
}

/** A unique mainland mobile number in national form. */
export function uniqueMobile(): string {
  // Mainland mobiles only: 069x and 0639 belong to the DROM.
  const third = '1245678'[(randomBytes(1)[0] ?? 0) % 7];
  return `06${third}${String(randomBytes(4).readUInt32BE(0) % 10_000_000).padStart(7, '0')}`;
}

export const evryAddress = {
  label: '12 Rue de la Paix 91000 Évry-Courcouronnes',
  address: '12 Rue de la Paix',
  postcode: '91000',
  city: 'Évry-Courcouronnes',
  inseeCode: '91228',
  lat: 48.6243,
  lng: 2.4297,
  territory: 'metropole',
};

export const fortDeFranceAddress = {
  label: '5 Rue Victor Hugo 97200 Fort-de-France',
  address: '5 Rue Victor Hugo',
  postcode: '97200',
  city: 'Fort-de-France',
  inseeCode: '97209',
  lat: 14.6037,
  lng: -61.0731,
  territory: 'martinique',
};

/** A minimal valid patient input with unique names and phone; `overrides` replace fields. */
export function patientInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    phone: uniqueMobile(),
    lastName: uniqueName('Lambert'),
    firstName: 'Jeanne',
    sex: 'F',
    birthDate: '1970-01-01',
    address: evryAddress,
    ...overrides,
  };
}

/** The access-log rows of a patient, oldest first. */
export async function accessLogOf(db: Db, patientId: string) {
  const rows = await db.select().from(patientAccessLog).where(eq(patientAccessLog.patientId, patientId));
  return rows.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Adds a "Déclenchement #N" line to a patient's history, as the care-request module will. */
export async function insertCareRequestEvent(db: Db, patientId: string, careRequestNumber: number, at: Date): Promise<void> {
  await db.insert(patientEvents).values({ patientId, kind: 'care_request', careRequestNumber, createdAt: at });
}

/** Moves a user to another organisation. */
export async function moveUser(db: Db, userId: string, organisationId: string | null): Promise<void> {
  await db.update(users).set({ organisationId }).where(eq(users.id, userId));
}

/** Inserts national-directory rows (one per practice site). */
export async function insertDirectoryEntry(
  db: Db,
  entry: { idNat: string; lastName: string; firstName: string; professionCode: string; siteKey?: string },
): Promise<void> {
  await db.insert(directoryEntries).values({
    siteKey: 's1',
    ...entry,
    idType: entry.idNat.startsWith('8') ? '8' : '0',
    identifier: entry.idNat.slice(1),
    lastNameSearch: entry.lastName.toLowerCase(),
    firstNameSearch: entry.firstName.toLowerCase(),
  });
}
