import { z } from 'zod';
import type { AddressSuggestion } from '../../app/addresses/index.js';
import { addressPrecisions } from '../../app/addresses/index.js';
import { territoryOfCode, territoryTimeZone } from '../../core/territories.js';

/**
 * The GeoCodeJSON FeatureCollection of the Géoplateforme `/search` (same
 * properties as the former BAN API). Only what a suggestion needs is checked;
 * extra properties (x, y, context, importance, _type…) are ignored.
 */
export const featureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

const text = z.string().trim().min(1).max(500);

export const addressFeatureSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.object({
    type: z.literal('Point'),
    /** [lon, lat], WGS-84. */
    coordinates: z.array(z.number()).min(2),
  }),
  properties: z.object({
    label: text,
    score: z.number().min(0),
    type: z.enum(addressPrecisions),
    name: text,
    postcode: z.string().regex(/^\d{5}$/),
    citycode: z.string().regex(/^(\d{5}|2[AB]\d{3})$/),
    city: text,
  }),
});

export type AddressFeature = z.infer<typeof addressFeatureSchema>;

/** The suggestion of one feature; null when its position is not a valid WGS-84 point. */
export function toSuggestion(feature: AddressFeature): AddressSuggestion | null {
  const [lng, lat] = feature.geometry.coordinates;
  if (lng === undefined || lat === undefined || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  const p = feature.properties;
  const territory = territoryOfCode(p.citycode);
  return {
    label: p.label,
    address: p.name,
    postcode: p.postcode,
    city: p.city,
    inseeCode: p.citycode,
    lat,
    lng,
    territory,
    timeZone: territoryTimeZone[territory],
    precision: p.type,
  };
}
