import { describe, expect, it } from 'vitest';
import { distanceKm, EARTH_RADIUS_KM, isAvailable, matchProfessional, usualProfessionalEligible } from './matching.js';
import type { DaySegment, MatchCriteria, ProfessionalFacts } from './types.js';

const evry = { lat: 48.6243, lng: 2.4283 };
const corbeil = { lat: 48.6139, lng: 2.4823 };
/** Tuesday 10 March 2026, 10:00–12:00. */
const tuesdayMorning: DaySegment = { date: '2026-03-10', weekday: 2, fromMinute: 600, toMinute: 720 };

const criteria = (overrides: Partial<MatchCriteria> = {}): MatchCriteria => ({
  profession: 'infirmier',
  careActs: ['pansement'],
  careMode: 'visite',
  patient: evry,
  radiusKm: null,
  networkIds: null,
  window: [tuesdayMorning],
  ...overrides,
});

const pro = (overrides: Partial<ProfessionalFacts> = {}): ProfessionalFacts => ({
  userId: 'u-1',
  active: true,
  profession: 'infirmier',
  careActs: ['pansement', 'injection'],
  careModes: ['visite', 'visio'],
  practice: corbeil,
  serviceRadiusKm: 10,
  networkIds: ['cpts-1'],
  workingHours: [{ weekday: 2, startMinute: 480, endMinute: 720 }],
  absences: [],
  ...overrides,
});

describe('distanceKm', () => {
  it('is zero for one point and symmetric', () => {
    expect(distanceKm(evry, evry)).toBe(0);
    expect(distanceKm(evry, corbeil)).toBeCloseTo(distanceKm(corbeil, evry), 12);
  });

  it('uses the earthdistance radius: one degree of the equator is 2πR/360', () => {
    expect(EARTH_RADIUS_KM).toBe(6378.168);
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeCloseTo((2 * Math.PI * 6378.168) / 360, 9);
  });

  it('measures real distances (Paris–Lyon about 392 km, Évry–Corbeil about 4 km)', () => {
    expect(distanceKm({ lat: 48.8566, lng: 2.3522 }, { lat: 45.764, lng: 4.8357 })).toBeCloseTo(391.94, 2);
    expect(distanceKm(evry, corbeil)).toBeCloseTo(4.12, 1);
  });

  it('agrees with earthdistance: sec_to_gc(cube_distance(ll_to_earth(a), ll_to_earth(b)))', () => {
    const toEarth = ({ lat, lng }: { lat: number; lng: number }) => {
      const [phi, lambda] = [(lat * Math.PI) / 180, (lng * Math.PI) / 180];
      return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)].map((v) => v * EARTH_RADIUS_KM);
    };
    const secToGc = (chord: number) => 2 * EARTH_RADIUS_KM * Math.asin(chord / (2 * EARTH_RADIUS_KM));
    const fortDeFrance = { lat: 14.6037, lng: -61.0731 };
    for (const [a, b] of [[evry, corbeil], [evry, fortDeFrance]] as const) {
      const [p, q] = [toEarth(a), toEarth(b)];
      const chord = Math.hypot(...p.map((v, i) => v - (q[i] ?? 0)));
      expect(distanceKm(a, b)).toBeCloseTo(secToGc(chord), 6);
    }
  });
});

describe('isAvailable', () => {
  const hours = [{ weekday: 2, startMinute: 480, endMinute: 720 }];

  it('is available with no working hours at all', () => {
    expect(isAvailable([], [], [tuesdayMorning])).toBe(true);
  });

  it('needs a slot of the weekday that strictly overlaps the segment', () => {
    expect(isAvailable(hours, [], [tuesdayMorning])).toBe(true);
    expect(isAvailable(hours, [], [{ ...tuesdayMorning, fromMinute: 720, toMinute: 900 }])).toBe(false);
    expect(isAvailable(hours, [], [{ ...tuesdayMorning, fromMinute: 300, toMinute: 480 }])).toBe(false);
    expect(isAvailable(hours, [], [{ ...tuesdayMorning, fromMinute: 300, toMinute: 481 }])).toBe(true);
  });

  it('is unavailable on a weekday without a slot', () => {
    expect(isAvailable(hours, [], [{ date: '2026-03-11', weekday: 3, fromMinute: 0, toMinute: 1440 }])).toBe(false);
  });

  it('is unavailable on a day of absence, bounds included', () => {
    expect(isAvailable([], [{ startsOn: '2026-03-10', endsOn: '2026-03-12' }], [tuesdayMorning])).toBe(false);
    expect(isAvailable([], [{ startsOn: '2026-03-01', endsOn: '2026-03-10' }], [tuesdayMorning])).toBe(false);
    expect(isAvailable([], [{ startsOn: '2026-03-11', endsOn: '2026-03-12' }], [tuesdayMorning])).toBe(true);
  });

  it('needs only one segment of the window to fit', () => {
    const wednesday: DaySegment = { date: '2026-03-11', weekday: 3, fromMinute: 0, toMinute: 600 };
    expect(isAvailable(hours, [{ startsOn: '2026-03-11', endsOn: '2026-03-11' }], [tuesdayMorning, wednesday])).toBe(true);
    expect(isAvailable(hours, [{ startsOn: '2026-03-10', endsOn: '2026-03-10' }], [tuesdayMorning, wednesday])).toBe(false);
  });

  it('is unavailable for an empty window', () => {
    expect(isAvailable([], [], [])).toBe(false);
  });
});

describe('matchProfessional', () => {
  it('accepts a professional who meets every rule', () => {
    expect(matchProfessional(criteria(), pro())).toBeNull();
  });

  it('refuses an inactive account first', () => {
    expect(matchProfessional(criteria(), pro({ active: false, profession: 'pharmacien' }))).toBe('inactive');
  });

  it('refuses another profession', () => {
    expect(matchProfessional(criteria(), pro({ profession: 'masseur_kinesitherapeute' }))).toBe('profession');
  });

  it('needs every asked care act except "autre"', () => {
    expect(matchProfessional(criteria({ careActs: ['pansement', 'perfusion'] }), pro())).toBe('care_acts');
    expect(matchProfessional(criteria({ careActs: ['pansement', 'autre'] }), pro())).toBeNull();
    expect(matchProfessional(criteria({ careActs: ['autre'] }), pro({ careActs: [] }))).toBeNull();
  });

  it('needs the care mode', () => {
    expect(matchProfessional(criteria({ careMode: 'consultation' }), pro())).toBe('care_mode');
  });

  it('matches up to exactly the service radius, not beyond', () => {
    const exact = distanceKm(evry, corbeil);
    expect(matchProfessional(criteria(), pro({ serviceRadiusKm: exact }))).toBeNull();
    expect(matchProfessional(criteria(), pro({ serviceRadiusKm: exact - 0.001 }))).toBe('distance');
  });

  it('matches within a widened radius, and keeps a larger own radius', () => {
    expect(matchProfessional(criteria({ radiusKm: 5 }), pro({ serviceRadiusKm: 2 }))).toBeNull();
    expect(matchProfessional(criteria({ radiusKm: 3 }), pro({ serviceRadiusKm: 2 }))).toBe('distance');
    expect(matchProfessional(criteria({ radiusKm: 1 }), pro({ serviceRadiusKm: 10 }))).toBeNull();
  });

  it('refuses a professional without a practice for care on site', () => {
    expect(matchProfessional(criteria(), pro({ practice: null }))).toBe('distance');
  });

  it('ignores the distance for remote care modes', () => {
    const faraway = pro({ practice: { lat: 14.6, lng: -61.07 }, careModes: ['visio', 'conseil', 'telemedecine'] });
    for (const careMode of ['visio', 'conseil', 'telemedecine'] as const) expect(matchProfessional(criteria({ careMode }), faraway)).toBeNull();
    expect(matchProfessional(criteria({ careMode: 'visio' }), pro({ practice: null }))).toBeNull();
  });

  it('needs a shared network when the request is restricted', () => {
    expect(matchProfessional(criteria({ networkIds: ['cpts-2', 'cpts-1'] }), pro())).toBeNull();
    expect(matchProfessional(criteria({ networkIds: ['cpts-2'] }), pro())).toBe('network');
    expect(matchProfessional(criteria({ networkIds: [] }), pro())).toBe('network');
  });

  it('needs availability in the window', () => {
    expect(matchProfessional(criteria(), pro({ absences: [{ startsOn: '2026-03-10', endsOn: '2026-03-10' }] }))).toBe('unavailable');
    expect(matchProfessional(criteria(), pro({ workingHours: [{ weekday: 1, startMinute: 480, endMinute: 720 }] }))).toBe('unavailable');
    expect(matchProfessional(criteria(), pro({ workingHours: [] }))).toBeNull();
  });
});

describe('usualProfessionalEligible', () => {
  it('ignores distance and network', () => {
    expect(usualProfessionalEligible(criteria({ networkIds: ['cpts-2'] }), pro({ practice: null }))).toBe(true);
    expect(usualProfessionalEligible(criteria({ radiusKm: 1 }), pro({ serviceRadiusKm: 1 }))).toBe(true);
  });

  it('keeps every other rule', () => {
    expect(usualProfessionalEligible(criteria(), pro({ active: false }))).toBe(false);
    expect(usualProfessionalEligible(criteria(), pro({ profession: 'pharmacien' }))).toBe(false);
    expect(usualProfessionalEligible(criteria({ careActs: ['toilette'] }), pro())).toBe(false);
    expect(usualProfessionalEligible(criteria({ careMode: 'consultation' }), pro())).toBe(false);
    expect(usualProfessionalEligible(criteria(), pro({ absences: [{ startsOn: '2026-03-10', endsOn: '2026-03-10' }] }))).toBe(false);
  });
});
