import { describe, expect, it } from 'vitest';
import { territoryOfCode, territoryTimeZone } from './territories.js';

describe('territoryOfCode', () => {
  it('maps INSEE codes and postcodes to their territory and time zone', () => {
    expect(territoryOfCode('91228')).toBe('metropole');
    expect(territoryOfCode('2A004')).toBe('metropole');
    expect(territoryOfCode('97209')).toBe('martinique');
    expect(territoryOfCode('97200')).toBe('martinique');
    expect(territoryOfCode('97105')).toBe('guadeloupe');
    expect(territoryOfCode('97302')).toBe('guyane');
    expect(territoryOfCode('97411')).toBe('reunion');
    expect(territoryOfCode('97611')).toBe('mayotte');
    expect(territoryOfCode('97133')).toBe('guadeloupe');
    expect(territoryTimeZone[territoryOfCode('97209')]).toBe('America/Martinique');
    expect(territoryTimeZone[territoryOfCode('97411')]).toBe('Indian/Reunion');
  });
});
