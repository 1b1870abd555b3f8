import { describe, expect, it } from 'vitest';
import { isValidRpps } from '../../../core/validators/index.js';
import { buildDemoDirectory } from './demo-directory.js';
import { buildDemoPlan } from './demo-plan.js';

describe('buildDemoDirectory', () => {
  const plan = buildDemoPlan(new Date('2026-01-05T10:00:00Z'), 'hash');
  const rows = buildDemoDirectory(plan.users);

  it('lists ~300 situations of Essonne, deterministic, with unique keys and valid RPPS', () => {
    expect(rows.length).toBeGreaterThan(250);
    expect(rows.length).toBeLessThan(400);
    expect(buildDemoDirectory(plan.users)).toEqual(rows);
    expect(new Set(rows.map((r) => `${r.idNat} ${r.siteKey}`)).size).toBe(rows.length);
    for (const row of rows.filter((r) => r.idType === '8')) expect(isValidRpps(row.identifier)).toBe(true);
    expect(rows.every((r) => r.postcode?.startsWith('91'))).toBe(true);
  });

  it('holds the demo professionals under their own national ids, and homonyms of the seed', () => {
    const ids = new Set(rows.map((r) => r.idNat));
    for (const user of plan.users.filter((u) => u.rpps || u.adeli)) expect(ids.has(user.rpps ? `8${user.rpps}` : `0${user.adeli ?? ''}`)).toBe(true);
    const paradis = rows.filter((r) => r.lastName === 'PARADIS' && r.firstName === 'PHILIPPE');
    expect(new Set(paradis.map((r) => r.professionCode))).toEqual(new Set(['10', '70']));
    expect(rows.filter((r) => r.lastName === 'PARANQUE')).toHaveLength(3);
  });
});
