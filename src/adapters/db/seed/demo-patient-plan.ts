import { patientSearchKeys } from '../../../core/patients/index.js';
import { territoryTimeZone } from '../../../core/territories.js';
import { normalizePhone } from '../../../core/validators/index.js';
import { nirKey } from '../../../core/validators/nir.js';
import type { patientEvents, patientFollowers, patients, usualProfessionals } from '../schema.js';
import { demoCommune } from './communes-91.js';
import { demoUuid, near } from './demo-build.js';
import { demoPatients, type DemoCarer, type DemoPatient } from './demo-patients.js';
import type { Random } from './random.js';

export interface DemoPatientRows {
  patients: (typeof patients.$inferInsert)[];
  patientFollowers: (typeof patientFollowers.$inferInsert)[];
  patientEvents: (typeof patientEvents.$inferInsert)[];
  usualProfessionals: (typeof usualProfessionals.$inferInsert)[];
}

/** A demo account that creates, follows or cares for patients. */
export interface DemoCarerAccount {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly rpps: string | null;
  readonly adeli: string | null;
}

const DAY_MS = 86_400_000;

function e164(national: string): string {
  const phone = normalizePhone(national);
  if (!phone) throw new Error('invalid demo phone');
  return phone.e164;
}

/** The patient's NIR: sex, year, month, birth place, order number and the computed key. */
function nirOf(patient: DemoPatient): string | null {
  if (!patient.nirOrder || !patient.birthPlace) return null;
  const [year, month] = patient.birthDate.split('-');
  const body = `${patient.sex === 'M' ? '1' : '2'}${year?.slice(2)}${month}${patient.birthPlace.code}${patient.nirOrder}`;
  const key = nirKey(body);
  if (key === null) throw new Error('invalid demo NIR');
  return body + key;
}

/**
 * The demo patients, created by the demo GP on different days, with who
 * follows them ("Patient pour Moi"), their history lines and their usual
 * professionals (linked to the demo accounts by RPPS).
 */
export function buildDemoPatients(now: Date, random: Random, carers: Readonly<Record<DemoCarer, DemoCarerAccount>>, organisationId: string | null): DemoPatientRows {
  const rows: DemoPatientRows = { patients: [], patientFollowers: [], patientEvents: [], usualProfessionals: [] };
  const gp = carers.gp;
  for (const patient of demoPatients) {
    const id = demoUuid(random);
    const commune = demoCommune(patient.inseeCode);
    const point = near(commune, random, 1.2);
    const createdAt = new Date(now.getTime() - patient.createdDaysAgo * DAY_MS);
    const nir = nirOf(patient);
    const withIns = nir !== null && (patient.identityStatus === 'qualifiee' || patient.identityStatus === 'recuperee');
    const postcode = commune.postcodes[0] ?? '';
    rows.patients.push({
      id,
      lastName: patient.lastName,
      firstName: patient.firstName,
      birthName: patient.birthName,
      sex: patient.sex,
      birthDate: patient.birthDate,
      birthPlaceCode: patient.birthPlace?.code ?? null,
      birthPlaceName: patient.birthPlace?.name ?? null,
      nir,
      ins: withIns ? nir : null,
      identityStatus: patient.identityStatus ?? 'provisoire',
      occupation: patient.occupation ?? null,
      regime: patient.regime ?? null,
      phone: e164(patient.phone),
      phone2: patient.phone2 ? e164(patient.phone2) : null,
      email: patient.email ?? null,
      addressLabel: `${patient.street} ${postcode} ${commune.name}`,
      address: patient.street,
      postcode,
      city: commune.name,
      inseeCode: commune.inseeCode,
      territory: 'metropole',
      lat: point.lat,
      lng: point.lng,
      timeZone: territoryTimeZone.metropole,
      ...patient.complements,
      ...patientSearchKeys(patient),
      createdBy: gp.id,
      organisationId,
      createdAt,
      updatedAt: createdAt,
    });
    rows.patientEvents.push({ patientId: id, kind: 'created', userId: gp.id, createdAt });
    if (patient.gpFollows) {
      rows.patientFollowers.push({ patientId: id, userId: gp.id, createdAt });
      rows.patientEvents.push({ patientId: id, kind: 'followed', userId: gp.id, createdAt });
    }
    for (const [index, carer] of (patient.alsoFollowedBy ?? []).entries()) {
      const at = new Date(Math.min(now.getTime(), createdAt.getTime() + (index + 1) * DAY_MS));
      rows.patientFollowers.push({ patientId: id, userId: carers[carer].id, createdAt: at });
      rows.patientEvents.push({ patientId: id, kind: 'followed', userId: carers[carer].id, createdAt: at });
    }
    for (const [role, carer] of Object.entries(patient.usualProfessionals ?? {}) as [keyof NonNullable<DemoPatient['usualProfessionals']>, DemoCarer][]) {
      const account = carers[carer];
      const idNat = account.rpps ? `8${account.rpps}` : account.adeli ? `0${account.adeli}` : null;
      rows.usualProfessionals.push({ patientId: id, role, idNat, userId: account.id, lastName: account.lastName, firstName: account.firstName, addedBy: gp.id, createdAt });
    }
  }
  return rows;
}
