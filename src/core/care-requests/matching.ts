import { OTHER_CARE_ACT, remoteCareModes, type DaySegment, type MatchCriteria, type MismatchReason, type ProfessionalFacts } from './types.js';

/** Radius of PostgreSQL's earthdistance extension (`earth()`, in km), so that the SQL and this code agree. */
export const EARTH_RADIUS_KM = 6378.168;

/** A point in degrees (WGS 84). */
export interface GeoPoint {
  readonly lat: number;
  readonly lng: number;
}

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle (haversine) distance in km between two points, on a sphere of `EARTH_RADIUS_KM`. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * True when the professional can start within `window`: some segment falls on
 * a day outside every absence (inclusive ranges) and either they gave no
 * working hours at all, or a slot of that weekday overlaps the segment
 * (strictly: slot start < segment end and slot end > segment start).
 */
export function isAvailable(workingHours: ProfessionalFacts['workingHours'], absences: ProfessionalFacts['absences'], window: readonly DaySegment[]): boolean {
  return window.some(
    (segment) =>
      !absences.some((absence) => absence.startsOn <= segment.date && segment.date <= absence.endsOn) &&
      (workingHours.length === 0 ||
        workingHours.some((slot) => slot.weekday === segment.weekday && slot.startMinute < segment.toMinute && slot.endMinute > segment.fromMinute)),
  );
}

type Rule = readonly [MismatchReason, (criteria: MatchCriteria, pro: ProfessionalFacts) => boolean];

/** The rules of DESIGN §2, in the order they are checked; each predicate says the rule passes. */
const rules: readonly Rule[] = [
  ['inactive', (_, pro) => pro.active],
  ['profession', (criteria, pro) => pro.profession === criteria.profession],
  ['care_acts', (criteria, pro) => criteria.careActs.every((act) => act === OTHER_CARE_ACT || pro.careActs.includes(act))],
  ['care_mode', (criteria, pro) => pro.careModes.includes(criteria.careMode)],
  [
    'distance',
    (criteria, pro) =>
      remoteCareModes.includes(criteria.careMode) ||
      (pro.practice !== null && distanceKm(criteria.patient, pro.practice) <= Math.max(pro.serviceRadiusKm, criteria.radiusKm ?? 0)),
  ],
  ['network', (criteria, pro) => criteria.networkIds === null || criteria.networkIds.some((id) => pro.networkIds.includes(id))],
  ['unavailable', (criteria, pro) => isAvailable(pro.workingHours, pro.absences, criteria.window)],
];

function firstMismatch(criteria: MatchCriteria, pro: ProfessionalFacts, skipped: readonly MismatchReason[]): MismatchReason | null {
  for (const [reason, passes] of rules) if (!skipped.includes(reason) && !passes(criteria, pro)) return reason;
  return null;
}

/**
 * Why `pro` is not a candidate for a request, as the first failing rule
 * (inactive, profession, care acts, care mode, distance, network, availability),
 * or null when they are. "Autre Soins" asks nothing of the professional; remote
 * care modes (visio, conseil, télémédecine) skip the distance; a professional
 * matches within the larger of their own radius and the radius asked.
 */
export function matchProfessional(criteria: MatchCriteria, pro: ProfessionalFacts): MismatchReason | null {
  return firstMismatch(criteria, pro, []);
}

/**
 * True when the patient's usual professional can be offered the request:
 * every rule of `matchProfessional` except distance and network (they already
 * treat the patient).
 */
export function usualProfessionalEligible(criteria: MatchCriteria, pro: ProfessionalFacts): boolean {
  return firstMismatch(criteria, pro, ['distance', 'network']) === null;
}
