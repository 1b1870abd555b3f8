/** Where a patient lives: mainland France (with Corsica) or one of the DROM, each with its IANA time zone. */
export const territories = ['metropole', 'guadeloupe', 'martinique', 'guyane', 'reunion', 'mayotte'] as const;
export type Territory = (typeof territories)[number];

export const territoryTimeZone: Readonly<Record<Territory, string>> = {
  metropole: 'Europe/Paris',
  guadeloupe: 'America/Guadeloupe',
  martinique: 'America/Martinique',
  guyane: 'America/Cayenne',
  reunion: 'Indian/Reunion',
  mayotte: 'Indian/Mayotte',
};

const overseasByDepartement: Readonly<Record<string, Territory>> = {
  '971': 'guadeloupe',
  '972': 'martinique',
  '973': 'guyane',
  '974': 'reunion',
  '976': 'mayotte',
};

/**
 * The territory of an INSEE commune code or a postcode (both start with the
 * département: 97x for the DROM, 2A/2B or 20 for Corsica). Saint-Barthélemy and
 * Saint-Martin (977/978, 97133/97150) count as Guadeloupe's time zone.
 */
export function territoryOfCode(code: string): Territory {
  if (!code.startsWith('97')) return 'metropole';
  const byDepartement = overseasByDepartement[code.slice(0, 3)];
  if (byDepartement) return byDepartement;
  return code.startsWith('977') || code.startsWith('978') ? 'guadeloupe' : 'metropole';
}
