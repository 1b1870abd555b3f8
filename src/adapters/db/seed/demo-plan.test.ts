import { describe, expect, it } from 'vitest';
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
    expect(distinct([...plan.users.map((u) => u.id), ...plan.organisations.map((o) => o.id), ...plan.networks.map((n) => n.id)])).toBe(true);
    expect(distinct(plan.users.map((u) => u.email))).toBe(true);
    expect(distinct(plan.users.map((u) => u.rpps))).toBe(true);
    expect(distinct(plan.users.map((u) => u.adeli))).toBe(true);
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
