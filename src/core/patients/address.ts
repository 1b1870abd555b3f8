import { territories, territoryOfCode, territoryTimeZone, type Territory } from '../territories.js';

/** The home address as picked from the address suggestions (never typed freely). */
export interface AddressInput {
  readonly label: string;
  readonly address: string;
  readonly postcode: string;
  readonly city: string;
  readonly inseeCode?: string | null | undefined;
  readonly lat: number;
  readonly lng: number;
  readonly territory: string;
}

export interface AddressDraft {
  readonly label: string;
  readonly address: string;
  readonly postcode: string;
  readonly city: string;
  readonly inseeCode: string | null;
  readonly lat: number;
  readonly lng: number;
  readonly territory: Territory;
  /** IANA zone of the territory, recomputed from the codes. */
  readonly timeZone: string;
}

export const ADDRESS_MAX_LENGTH = 300;

interface Box {
  readonly minLat: number;
  readonly maxLat: number;
  readonly minLng: number;
  readonly maxLng: number;
}

/** Generous bounding boxes of each territory (mainland with Corsica; Guadeloupe with Saint-Barthélemy and Saint-Martin). */
const territoryBoxes: Readonly<Record<Territory, Box>> = {
  metropole: { minLat: 41.2, maxLat: 51.3, minLng: -5.4, maxLng: 9.8 },
  guadeloupe: { minLat: 15.7, maxLat: 18.2, minLng: -63.3, maxLng: -60.8 },
  martinique: { minLat: 14.3, maxLat: 15.0, minLng: -61.3, maxLng: -60.7 },
  guyane: { minLat: 2.0, maxLat: 6.0, minLng: -54.8, maxLng: -51.4 },
  reunion: { minLat: -21.5, maxLat: -20.8, minLng: 55.1, maxLng: 55.9 },
  mayotte: { minLat: -13.1, maxLat: -12.5, minLng: 44.9, maxLng: 45.4 },
};

const POSTCODE = /^\d{5}$/;
const INSEE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;

const text = (value: string | null | undefined): string => (value ?? '').trim().replace(/\s+/g, ' ');

/** True when the point lies within the territory's box. */
export function isInTerritory(territory: Territory, lat: number, lng: number): boolean {
  const box = territoryBoxes[territory];
  return lat >= box.minLat && lat <= box.maxLat && lng >= box.minLng && lng <= box.maxLng;
}

/**
 * Checks a picked address suggestion: label, street, city, a 5-digit postcode,
 * an INSEE code when given, a territory that agrees with the codes and a
 * position inside it. Recomputes the time zone. Null when the address could not
 * have come from the suggestions.
 */
export function checkAddress(input: AddressInput): AddressDraft | null {
  const label = text(input.label);
  const address = text(input.address);
  const city = text(input.city);
  const postcode = text(input.postcode);
  const inseeCode = text(input.inseeCode).toUpperCase() || null;
  if (!label || !address || !city || [label, address, city].some((v) => v.length > ADDRESS_MAX_LENGTH)) return null;
  if (!POSTCODE.test(postcode) || (inseeCode !== null && !INSEE_CODE.test(inseeCode))) return null;
  if (!(territories as readonly string[]).includes(input.territory)) return null;
  const territory = territoryOfCode(inseeCode ?? postcode);
  if (territory !== input.territory || territoryOfCode(postcode) !== territory) return null;
  const { lat, lng } = input;
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || !isInTerritory(territory, lat, lng)) return null;
  return { label, address, postcode, city, inseeCode, lat, lng, territory, timeZone: territoryTimeZone[territory] };
}
