import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/support/db.js';
import { defaultCareActs } from '../../../core/care-acts.js';
import { addDays, isoWeekday } from '../../../core/care-requests/calendar.js';
import { distanceKm, EARTH_RADIUS_KM, matchProfessional } from '../../../core/care-requests/matching.js';
import type { DaySegment, MatchCriteria, ProfessionalFacts } from '../../../core/care-requests/types.js';
import { careModes, type CareMode, type CareProfession } from '../../../core/professions.js';
import type { DatabaseHandle } from '../client.js';
import { absences, networkMembers, networks, users, workingHours } from '../schema.js';
import { seededRandom, type Random } from '../seed/random.js';
import { candidateQuery, createCandidateFinder, runCandidateQuery } from './candidates.js';

type Query = Parameters<ReturnType<typeof createCandidateFinder>['find']>[0];
type Facts = Omit<ProfessionalFacts, 'userId'>;

/** Monday. */
const MONDAY = '2026-11-30';
const EVRY = { lat: 48.6243, lng: 2.4297 };
/** A point `km` north of `from` along its meridian: exactly `km` away on earthdistance's sphere. */
const north = (km: number, from = EVRY) => ({ lat: from.lat + (km / EARTH_RADIUS_KM) * (180 / Math.PI), lng: from.lng });
const mondayMorning: DaySegment = { date: MONDAY, weekday: 1, fromMinute: 8 * 60, toMinute: 12 * 60 };
const weekdays = (from: number, to: number) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: from, endMinute: to }));

const nurse = (overrides: Partial<Facts> = {}): Facts => ({
  active: true,
  profession: 'infirmier',
  careActs: ['pansement', 'injection'],
  careModes: ['visite', 'visio'],
  practice: north(2),
  serviceRadiusKm: 10,
  networkIds: [],
  workingHours: weekdays(8 * 60, 12 * 60),
  absences: [],
  ...overrides,
});

/** Writes professionals with their hours, absences and memberships; answers their facts with the ids given by the database. */
async function insertProfessionals(database: DatabaseHandle, list: readonly Facts[]): Promise<ProfessionalFacts[]> {
  const saved: ProfessionalFacts[] = [];
  for (const [i, facts] of list.entries()) {
    const [row] = await database.db
      .insert(users)
      .values({
        email: `pro-${saved.length}-${Math.random().toString(36).slice(2)}@test.declic`,
        firstName: 'Prénom',
        lastName: `Nom ${i}`,
        profession: facts.profession as CareProfession,
        active: facts.active,
        practiceLat: facts.practice?.lat ?? null,
        practiceLng: facts.practice?.lng ?? null,
        serviceRadiusKm: facts.serviceRadiusKm,
        careActs: [...facts.careActs],
        careModes: [...facts.careModes],
      })
      .returning({ id: users.id });
    if (!row) throw new Error('user not inserted');
    if (facts.workingHours.length > 0) await database.db.insert(workingHours).values(facts.workingHours.map((h) => ({ userId: row.id, ...h })));
    if (facts.absences.length > 0) await database.db.insert(absences).values(facts.absences.map((a) => ({ userId: row.id, ...a })));
    if (facts.networkIds.length > 0) await database.db.insert(networkMembers).values(facts.networkIds.map((networkId) => ({ networkId, userId: row.id })));
    saved.push({ userId: row.id, ...facts });
  }
  return saved;
}

async function insertNetworks(database: DatabaseHandle, count: number): Promise<string[]> {
  const rows = await database.db
    .insert(networks)
    .values(Array.from({ length: count }, (_, i) => ({ name: `CPTS ${i}` })))
    .returning({ id: networks.id });
  return rows.map((r) => r.id);
}

describe('candidate finder — each rule of matching, in SQL', () => {
  let database: DatabaseHandle;
  let find: (overrides?: Partial<Query>) => Promise<{ userId: string; distanceKm: number | null }[]>;
  let ids: (overrides?: Partial<Query>) => Promise<string[]>;
  let network: string[];
  const named: Record<string, ProfessionalFacts> = {};
  const id = (name: string): string => {
    const facts = named[name];
    if (!facts) throw new Error(`no professional ${name}`);
    return facts.userId;
  };

  const base: Query = {
    profession: 'infirmier',
    careActs: ['pansement'],
    careMode: 'visite',
    patient: EVRY,
    radiusKm: null,
    networkIds: null,
    window: [mondayMorning],
    excludeUserIds: [],
    limit: 100,
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    network = await insertNetworks(database, 2);
    const [n1 = '', n2 = ''] = network;
    const people: Record<string, Facts> = {
      candidate: nurse({ networkIds: [n1] }),
      nearest: nurse({ practice: north(0.5) }),
      kine: nurse({ profession: 'masseur_kinesitherapeute', careActs: ['pansement'], practice: north(1) }),
      noPansement: nurse({ careActs: ['injection'], practice: north(1.5) }),
      noVisite: nurse({ careModes: ['consultation', 'visio'], practice: north(2.5) }),
      justInside: nurse({ practice: north(9.99) }),
      oneKmOutside: nurse({ practice: north(11), networkIds: [n1] }),
      twelveKmAway: nurse({ practice: north(13) }),
      farVisio: nurse({ practice: north(500), careModes: ['visio'] }),
      noPractice: nurse({ practice: null, careModes: ['visio', 'visite'] }),
      inactive: nurse({ active: false, practice: north(3) }),
      otherNetwork: nurse({ networkIds: [n2], practice: north(3.5) }),
      absentThatDay: nurse({ absences: [{ startsOn: '2026-11-25', endsOn: MONDAY }], practice: north(4) }),
      backThatDay: nurse({ absences: [{ startsOn: '2026-11-23', endsOn: '2026-11-29' }], practice: north(4.5) }),
      leavesNextDay: nurse({ absences: [{ startsOn: '2026-12-01', endsOn: '2026-12-10' }], practice: north(4.6) }),
      tuesdaysOnly: nurse({ workingHours: [{ weekday: 2, startMinute: 8 * 60, endMinute: 18 * 60 }], practice: north(5) }),
      afternoons: nurse({ workingHours: weekdays(12 * 60, 18 * 60), practice: north(5.5) }),
      untilEight: nurse({ workingHours: weekdays(6 * 60, 8 * 60), practice: north(5.6) }),
      lateMorning: nurse({ workingHours: [{ weekday: 1, startMinute: 11 * 60 + 59, endMinute: 13 * 60 }], practice: north(5.7) }),
      noHours: nurse({ workingHours: [], practice: north(6) }),
      wideRadius: nurse({ serviceRadiusKm: 50, practice: north(45) }),
      fortyKm: nurse({ serviceRadiusKm: 40, practice: north(45.5) }),
      thirtyFive: nurse({ serviceRadiusKm: 20, practice: north(35) }),
    };
    const saved = await insertProfessionals(database, Object.values(people));
    for (const [i, name] of Object.keys(people).entries()) {
      const facts = saved[i];
      if (facts) named[name] = facts;
    }
    const finder = createCandidateFinder(database.db);
    find = (overrides = {}) => finder.find({ ...base, ...overrides });
    ids = async (overrides = {}) => (await find(overrides)).map((c) => c.userId);
  });
  afterAll(async () => database.close());

  /** Within their radius, visite, pansement, available Monday morning, active (no network asked). */
  const usual = ['nearest', 'candidate', 'otherNetwork', 'justInside', 'backThatDay', 'leavesNextDay', 'lateMorning', 'noHours', 'wideRadius'];

  it('finds exactly the professionals every rule lets through, nearest first, with their distance', async () => {
    const found = await find();
    expect(found.map((c) => c.userId)).toEqual(usual.map(id).sort((a, b) => distanceOf(a) - distanceOf(b)));
    for (const c of found) expect(c.distanceKm).toBeCloseTo(distanceOf(c.userId), 6);

    function distanceOf(userId: string): number {
      const practice = Object.values(named).find((p) => p.userId === userId)?.practice;
      return practice ? distanceKm(EVRY, practice) : Infinity;
    }
  });

  it('keeps the other professions out', async () => {
    expect(await ids()).not.toContain(id('kine'));
    expect(await ids({ profession: 'masseur_kinesitherapeute' })).toEqual([id('kine')]);
  });

  it('asks every act but Autre Soins', async () => {
    expect(await ids()).not.toContain(id('noPansement'));
    expect(await ids({ careActs: ['injection'] })).toContain(id('noPansement'));
    expect(await ids({ careActs: ['autre'] })).toContain(id('noPansement'));
    expect(await ids({ careActs: ['pansement', 'injection'] })).not.toContain(id('noPansement'));
    expect(await ids({ careActs: ['pansement', 'autre'] })).toEqual(await ids());
  });

  it('asks the care mode', async () => {
    expect(await ids()).not.toContain(id('noVisite'));
    expect(await ids({ careMode: 'consultation' })).toEqual([id('noVisite')]);
  });

  it('measures the distance against the own radius, or the widened one', async () => {
    expect(await ids()).toContain(id('justInside'));
    expect(await ids()).not.toContain(id('oneKmOutside'));
    const widened = await ids({ radiusKm: 12 });
    expect(widened).toContain(id('oneKmOutside'));
    expect(widened).not.toContain(id('twelveKmAway'));
    // A smaller asked radius does not shrink anyone's own.
    expect(await ids({ radiusKm: 1 })).toEqual(await ids());
  });

  it('finds the users whose radius is over 30 km, alone or with a widened radius', async () => {
    expect(await ids()).toContain(id('wideRadius'));
    expect(await ids()).not.toContain(id('fortyKm'));
    expect(await ids()).not.toContain(id('thirtyFive'));
    const widened = await ids({ radiusKm: 40 });
    expect(widened).toContain(id('wideRadius'));
    expect(widened).toContain(id('thirtyFive'));
    expect(widened).not.toContain(id('fortyKm'));
    expect(await ids({ radiusKm: 46 })).toContain(id('fortyKm'));
  });

  it('needs no distance for remote care, and puts those without a practice last', async () => {
    const remote = await find({ careMode: 'visio' });
    expect(remote.map((c) => c.userId)).toContain(id('farVisio'));
    expect(remote.at(-1)).toEqual({ userId: id('noPractice'), distanceKm: null });
    expect(remote.filter((c) => c.distanceKm === null)).toHaveLength(1);
    expect(await ids()).not.toContain(id('noPractice'));
    expect(await ids()).not.toContain(id('farVisio'));
  });

  it('keeps inactive accounts out', async () => {
    expect(await ids()).not.toContain(id('inactive'));
    expect(await ids({ careMode: 'visio', radiusKm: 100 })).not.toContain(id('inactive'));
  });

  it('restricts to the members of the networks asked', async () => {
    const [n1 = '', n2 = ''] = network;
    expect(await ids({ networkIds: [n1] })).toEqual([id('candidate')]);
    expect(await ids({ networkIds: [n1], radiusKm: 12 })).toEqual([id('candidate'), id('oneKmOutside')]);
    expect(await ids({ networkIds: [n2], radiusKm: 12 })).toEqual([id('otherNetwork')]);
    expect(await ids({ networkIds: [n1, n2], radiusKm: 12 })).toEqual([id('candidate'), id('otherNetwork'), id('oneKmOutside')]);
    expect(await ids({ networkIds: [] })).toEqual([]);
    // Remote care: members anywhere.
    expect(await ids({ networkIds: [n1], careMode: 'visio' })).toEqual([id('candidate'), id('oneKmOutside')]);
  });

  it('leaves out whoever is absent on the day, absences counting both ends', async () => {
    const found = await ids();
    expect(found).not.toContain(id('absentThatDay'));
    expect(found).toContain(id('backThatDay'));
    expect(found).toContain(id('leavesNextDay'));
    const tuesday: DaySegment = { date: '2026-12-01', weekday: 2, fromMinute: 0, toMinute: 1440 };
    expect(await ids({ window: [tuesday] })).not.toContain(id('leavesNextDay'));
    // Available when any day of the window is free.
    expect(await ids({ window: [mondayMorning, tuesday] })).toContain(id('absentThatDay'));
  });

  it('needs a slot of that weekday overlapping the window, or no working hours at all', async () => {
    const found = await ids();
    expect(found).not.toContain(id('tuesdaysOnly'));
    expect(found).not.toContain(id('afternoons'));
    expect(found).not.toContain(id('untilEight'));
    expect(found).toContain(id('lateMorning'));
    expect(found).toContain(id('noHours'));
    const tuesday: DaySegment = { date: '2026-12-01', weekday: 2, fromMinute: 17 * 60, toMinute: 19 * 60 };
    const tuesdayFound = await ids({ window: [tuesday] });
    expect(tuesdayFound).toContain(id('tuesdaysOnly'));
    expect(tuesdayFound).toContain(id('afternoons'));
    expect(tuesdayFound).not.toContain(id('candidate'));
    expect(await ids({ window: [] })).toEqual([]);
  });

  it('never returns the excluded ids, and stops at the limit, nearest first', async () => {
    const all = await ids();
    expect(await ids({ excludeUserIds: [id('nearest'), id('candidate'), 'not-a-uuid'] })).toEqual(all.filter((u) => u !== id('nearest') && u !== id('candidate')));
    expect(await ids({ limit: 2 })).toEqual(all.slice(0, 2));
    expect(await ids({ limit: 0 })).toEqual([]);
  });

  it('walks the GiST indexes nearest first (the plan ADR 0006 relies on)', async () => {
    const plan = async (overrides: Partial<Query>) => {
      const rows = await runCandidateQuery(database.db, sql`explain ${candidateQuery({ ...base, ...overrides })}`);
      return rows.map((r) => String(Object.values(r)[0])).join('\n');
    };
    const nearestFirst = /Index Scan using users_practice_infirmier_idx on users u\s*\(.*\)\n.*Index Cond: .*\n.*Order By: \(cube/;
    const local = await plan({});
    expect(local).toMatch(nearestFirst);
    expect(local).toContain('Merge Append');
    expect(local).not.toMatch(/Seq Scan on users|->\s+Sort\s+\(/);
    const remote = await plan({ careMode: 'visio' });
    expect(remote).toMatch(nearestFirst);
    expect(remote).toContain('users_without_practice_idx');
    expect(remote).not.toContain('Seq Scan on users');
  });

  it('loads the facts of one professional', async () => {
    const candidate = named.candidate;
    const finder = createCandidateFinder(database.db);
    expect(await finder.professionalFacts(id('candidate'))).toEqual(candidate);
    expect(await finder.professionalFacts(id('absentThatDay'))).toEqual(named.absentThatDay);
    expect(await finder.professionalFacts(id('noPractice'))).toEqual(named.noPractice);
    expect(await finder.professionalFacts('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await finder.professionalFacts('nope')).toBeNull();
  });
});

/** A random professional around EVRY, within ~70 km, with a bit of everything. */
function randomFacts(random: Random, networkIds: readonly string[]): Facts {
  const profession: CareProfession = random.chance(0.7) ? 'infirmier' : 'masseur_kinesitherapeute';
  const bearing = random.next() * 2 * Math.PI;
  const km = random.next() * 70;
  const practice = random.chance(0.06)
    ? null
    : { lat: EVRY.lat + (km * Math.cos(bearing)) / 111.2, lng: EVRY.lng + (km * Math.sin(bearing)) / (111.2 * Math.cos((EVRY.lat * Math.PI) / 180)) };
  const hours = random.chance(0.2)
    ? []
    : Array.from({ length: random.int(1, 6) }, () => {
        const start = random.int(0, 22) * 60 + random.pick([0, 15, 30, 45]);
        return { weekday: random.int(1, 7), startMinute: start, endMinute: Math.min(1440, start + random.int(1, 10) * 30) };
      });
  const absenceList = Array.from({ length: random.chance(0.3) ? random.int(1, 2) : 0 }, () => {
    const start = random.int(-3, 12);
    return { startsOn: addDays(MONDAY, start), endsOn: addDays(MONDAY, start + random.int(0, 4)) };
  });
  return {
    active: !random.chance(0.05),
    profession,
    careActs: random.subset(defaultCareActs[profession], 0.6),
    careModes: random.subset(careModes, 0.5),
    practice,
    serviceRadiusKm: random.pick([5, 10, 15, 20, 25, 30, 35, 45, 60]) + random.int(0, 9) / 10,
    networkIds: random.subset(networkIds, 0.3),
    workingHours: hours,
    absences: absenceList,
  };
}

function randomCriteria(random: Random, networkIds: readonly string[]): Query {
  const profession: CareProfession = random.chance(0.6) ? 'infirmier' : 'masseur_kinesitherapeute';
  const days = random.int(0, 9);
  const window = Array.from({ length: random.int(1, 3) }, (_, i) => {
    const date = addDays(MONDAY, days + i);
    const from = random.int(0, 20) * 60;
    return { date, weekday: isoWeekday(date), fromMinute: from, toMinute: Math.min(1440, from + random.int(1, 12) * 60) };
  });
  return {
    profession,
    careActs: random.subset(defaultCareActs[profession], 0.3),
    careMode: random.pick<CareMode>(careModes),
    patient: { lat: EVRY.lat + (random.next() - 0.5) * 0.4, lng: EVRY.lng + (random.next() - 0.5) * 0.6 },
    radiusKm: random.chance(0.3) ? random.int(10, 60) : null,
    networkIds: random.chance(0.3) ? random.subset(networkIds, 0.5) : null,
    window,
    excludeUserIds: [],
    limit: random.chance(0.2) ? random.int(1, 8) : 1000,
  };
}

describe('candidate finder — the same answers as the core rules (seeded random data)', () => {
  let database: DatabaseHandle;
  let pros: ProfessionalFacts[];
  let networkIds: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    networkIds = await insertNetworks(database, 3);
    const random = seededRandom(20261125);
    pros = await insertProfessionals(
      database,
      Array.from({ length: 300 }, () => randomFacts(random, networkIds)),
    );
    await database.db.execute(sql`analyze`);
  }, 120_000);
  afterAll(async () => database.close());

  it('returns, for 30 random requests, exactly the professionals matchProfessional accepts, nearest first, at the same distance', async () => {
    const finder = createCandidateFinder(database.db);
    const random = seededRandom(7);
    let compared = 0;
    for (let i = 0; i < 30; i++) {
      const criteria = randomCriteria(random, networkIds);
      const query: Query = i % 5 === 0 ? { ...criteria, excludeUserIds: pros.slice(0, 40).map((p) => p.userId) } : criteria;
      const matching: MatchCriteria = query;
      const all = pros
        .filter((p) => !query.excludeUserIds.includes(p.userId) && matchProfessional(matching, p) === null)
        .map((p) => ({ userId: p.userId, distanceKm: p.practice ? distanceKm(query.patient, p.practice) : null }))
        .sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
      const expected = all.slice(0, query.limit);
      const found = await finder.find(query);
      const context = JSON.stringify(query);
      // Nearest first; those without a practice (remote modes) last, in no particular order.
      const located = (list: readonly { userId: string; distanceKm: number | null }[]) => list.filter((c) => c.distanceKm !== null);
      expect(located(found).map((c) => c.userId), context).toEqual(located(expected).map((c) => c.userId));
      expect(found, context).toHaveLength(expected.length);
      const unlocated = new Set(all.filter((c) => c.distanceKm === null).map((c) => c.userId));
      for (const c of found.filter((f) => f.distanceKm === null)) expect(unlocated.has(c.userId), context).toBe(true);
      located(found).forEach((c, k) => expect(Math.abs((c.distanceKm ?? 0) - (located(expected)[k]?.distanceKm ?? NaN)), context).toBeLessThan(0.001));
      compared += expected.length;
    }
    // The data set is dense enough for the comparison to mean something.
    expect(compared).toBeGreaterThan(150);
  });

  it('loads every professional as generated', async () => {
    const finder = createCandidateFinder(database.db);
    const sorted = (p: ProfessionalFacts | null) =>
      p && {
        ...p,
        careActs: [...p.careActs].sort(),
        careModes: [...p.careModes].sort(),
        networkIds: [...p.networkIds].sort(),
        workingHours: [...p.workingHours].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute || a.endMinute - b.endMinute),
        absences: [...p.absences].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn)),
      };
    for (const pro of pros.slice(0, 60)) expect(sorted(await finder.professionalFacts(pro.userId))).toEqual(sorted(pro));
  });
});
