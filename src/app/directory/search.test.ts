import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import type { DirectoryDeps, DirectoryMatch, PlatformProfessional } from './ports.js';
import { searchProfessionals } from './search.js';

const actor: Actor = { userId: 'u', profession: 'infirmier', organisationId: null, isAdmin: false, supervises: { organisationIds: [], networkIds: [] } };
const match = (idNat: string, lastName: string): DirectoryMatch => ({ idNat, lastName, firstName: 'PHILIPPE', professionLabel: 'Médecin', city: 'Massy' });
const user = (userId: string, rpps: string, lastName: string): PlatformProfessional => ({ userId, profession: 'medecin_generaliste', rpps, adeli: null, lastName, firstName: 'Philippe', city: null });

function deps(found: { prefix: DirectoryMatch[]; fuzzy: DirectoryMatch[]; named: PlatformProfessional[]; byId: PlatformProfessional[] }) {
  const calls: string[] = [];
  const ports: DirectoryDeps = {
    directory: {
      searchByPrefix: async (q) => {
        calls.push(`prefix ${q.professionCode} ${q.lastName} ${q.firstName}`);
        return found.prefix;
      },
      searchFuzzy: async (q) => {
        calls.push(`fuzzy ${q.limit} ${q.exclude.join(',')}`);
        return found.fuzzy;
      },
    },
    platform: {
      searchByPrefix: async (q) => {
        calls.push(`users ${q.profession}`);
        return found.named;
      },
      findByIdNat: async (ids) => found.byId.filter((u) => ids.includes(`8${u.rpps}`)),
    },
  };
  return { ports, calls };
}

describe('searchProfessionals', () => {
  it('lists platform users, then prefix matches, then close spellings, one line per national id', async () => {
    const { ports, calls } = deps({
      named: [user('u1', '10000000001', 'Paradis')],
      prefix: [match('810000000001', 'PARADIS'), match('810000000002', 'PARADIS')],
      fuzzy: [match('810000000003', 'PARADYS'), match('810000000004', 'PARADIT')],
      byId: [user('u4', '10000000004', 'Paradit')],
    });
    const results = await searchProfessionals(ports, actor, { profession: 'medecin_traitant', lastName: 'Paradis', firstName: 'Phil' });
    expect(results.map((r) => [r.source, r.idNat, r.userId, r.city])).toEqual([
      ['platform', '810000000001', 'u1', null],
      ['platform', '810000000004', 'u4', 'Massy'],
      ['directory', '810000000002', null, 'Massy'],
      ['directory', '810000000003', null, 'Massy'],
    ]);
    expect(calls).toEqual(['users medecin_generaliste', 'prefix 10 paradis phil', 'fuzzy 28 810000000001,810000000002']);
  });

  it('skips close spellings when enough names match, or too few letters are typed', async () => {
    const many = Array.from({ length: 12 }, (_, i) => match(`8100000001${String(i).padStart(2, '0')}`, 'MARTIN'));
    const first = deps({ named: [], prefix: many, fuzzy: [], byId: [] });
    expect(await searchProfessionals(first.ports, actor, { profession: 'infirmier', lastName: 'Martin', firstName: 'Phil' })).toHaveLength(12);
    const short = deps({ named: [], prefix: [], fuzzy: [], byId: [] });
    expect(await searchProfessionals(short.ports, actor, { profession: 'infirmier', lastName: 'Mar', firstName: 'Phi' })).toEqual([]);
    expect([...first.calls, ...short.calls].some((c) => c.startsWith('fuzzy'))).toBe(false);
  });
});
