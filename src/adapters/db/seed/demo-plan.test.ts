import { describe, expect, it } from 'vitest';
import { validatePatientInput } from '../../../core/patients/index.js';
import { buildDemoPlan } from './demo-plan.js';
import { seededRandom } from './random.js';

describe('demo plan', () => {
  it('is the same on every run (seeded, no Math.random)', () => {
    const now = new Date('2026-03-10T09:00:00Z');
    expect(buildDemoPlan(now, 'hash')).toEqual(buildDemoPlan(now, 'hash'));
  });

  it('only moves absence dates with the day it is seeded', () => {
    const a = buildDemoPlan(new Date('2026-03-10T09:00:00Z'), 'hash');
    const b = buildDemoPlan(new Date('2026-09-01T09:00:00Z'), 'hash');
    expect(b.users.map((u) => ({ ...u, createdAt: null, updatedAt: null }))).toEqual(a.users.map((u) => ({ ...u, createdAt: null, updatedAt: null })));
    expect(b.absences.map((x) => x.startsOn)).not.toEqual(a.absences.map((x) => x.startsOn));
  });

  it('puts absences around the seeding day', () => {
    const plan = buildDemoPlan(new Date('2026-03-10T09:00:00Z'), 'hash');
    expect(plan.absences.some((x) => x.startsOn <= '2026-03-10' && x.endsOn >= '2026-03-10')).toBe(true);
    for (const absence of plan.absences) expect(absence.startsOn <= absence.endsOn).toBe(true);
  });

  it('uses unique ids, e-mails and national numbers', () => {
    const plan = buildDemoPlan(new Date(), 'hash');
    const distinct = (values: (string | null | undefined)[]) => new Set(values.filter((v) => v != null)).size === values.filter((v) => v != null).length;
    expect(distinct([...plan.users.map((u) => u.id), ...plan.organisations.map((o) => o.id), ...plan.networks.map((n) => n.id), ...plan.patients.map((p) => p.id)])).toBe(true);
    expect(distinct(plan.patients.map((p) => p.nir))).toBe(true);
    expect(distinct(plan.users.map((u) => u.email))).toBe(true);
    expect(distinct(plan.users.map((u) => u.rpps))).toBe(true);
    expect(distinct(plan.users.map((u) => u.adeli))).toBe(true);
  });
});

describe('demo patients', () => {
  const now = new Date('2026-03-10T09:00:00Z');
  const plan = buildDemoPlan(now, 'hash');

  it('pass the patient validation (NIR keys and consistency, INS statuses, phones, address)', () => {
    for (const p of plan.patients) {
      const input = {
        ...p,
        birthPlace: p.birthPlaceCode && p.birthPlaceName ? { code: p.birthPlaceCode, name: p.birthPlaceName } : null,
        address: { label: p.addressLabel, address: p.address, postcode: p.postcode, city: p.city, inseeCode: p.inseeCode, lat: p.lat, lng: p.lng, territory: p.territory ?? 'metropole' },
      };
      const draft = validatePatientInput(input, now);
      expect(draft.nir).toBe(p.nir ?? null);
      expect(draft.address.timeZone).toBe(p.timeZone);
    }
    expect(plan.patients.filter((p) => p.nir).length).toBeGreaterThanOrEqual(5);
    expect(plan.patients.some((p) => p.identityStatus === 'qualifiee' && p.ins === p.nir)).toBe(true);
  });

  it('links followers, events and usual professionals to demo patients and users', () => {
    const patientIds = new Set(plan.patients.map((p) => p.id));
    const userIds = new Set(plan.users.map((u) => u.id));
    for (const row of [...plan.patientFollowers, ...plan.patientEvents, ...plan.usualProfessionals]) {
      expect(patientIds.has(row.patientId)).toBe(true);
      if (row.userId) expect(userIds.has(row.userId)).toBe(true);
    }
    const keys = plan.patientFollowers.map((f) => `${f.patientId}:${f.userId}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of plan.patientFollowers) {
      expect(plan.patientEvents.some((e) => e.kind === 'followed' && e.patientId === f.patientId && e.userId === f.userId)).toBe(true);
    }
    expect(plan.patientEvents.filter((e) => e.kind === 'created')).toHaveLength(plan.patients.length);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for one seed and stays in range', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => a.next());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const r = seededRandom(7);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
    }
  });
});
