import type { Actor } from '../../core/actor.js';
import {
  idNatOf,
  professionLabelOf,
  roleProfessionCode,
  SEARCH_LIMIT,
  searchNameKeys,
  splitIdNat,
  userProfessionCode,
  wantsCloseSpellings,
} from '../../core/directory/index.js';
import { usualRoleProfession } from '../../core/patients/index.js';
import type { DirectoryMatch, DirectoryDeps, PlatformProfessional } from './ports.js';
import type { DirectorySearchInput, DirectorySearchResult } from './service.js';

function fromUser(user: PlatformProfessional): DirectorySearchResult {
  return {
    source: 'platform',
    idNat: idNatOf(user),
    rpps: user.rpps,
    adeli: user.adeli,
    lastName: user.lastName,
    firstName: user.firstName,
    professionLabel: professionLabelOf(userProfessionCode[user.profession]) ?? '',
    city: user.city,
    userId: user.userId,
  };
}

function fromDirectory(match: DirectoryMatch, fallbackLabel: string): DirectorySearchResult {
  return {
    source: 'directory',
    idNat: match.idNat,
    ...splitIdNat(match.idNat),
    lastName: match.lastName,
    firstName: match.firstName,
    professionLabel: match.professionLabel ?? fallbackLabel,
    city: match.city,
    userId: null,
  };
}

/** See `DirectoryService.search`. */
export async function searchProfessionals(deps: DirectoryDeps, _actor: Actor, input: DirectorySearchInput): Promise<DirectorySearchResult[]> {
  const keys = searchNameKeys(input.lastName, input.firstName);
  const professionCode = roleProfessionCode[input.profession];
  const query = { professionCode, ...keys, limit: SEARCH_LIMIT };
  const [named, prefix] = await Promise.all([
    deps.platform.searchByPrefix({ profession: usualRoleProfession[input.profession], ...keys, limit: SEARCH_LIMIT }),
    deps.directory.searchByPrefix(query),
  ]);
  const fuzzy = wantsCloseSpellings(keys.lastName, prefix.length)
    ? await deps.directory.searchFuzzy({ ...query, limit: SEARCH_LIMIT - prefix.length, exclude: prefix.map((m) => m.idNat) })
    : [];

  const platform = named.map(fromUser);
  const listed = new Set(platform.map((r) => r.idNat).filter((id) => id !== null));
  const found = [...prefix, ...fuzzy].filter((m) => !listed.has(m.idNat));
  // A directory entry whose national id is a user's is that user (RPPS/ADELI are unique per person).
  const users = found.length > 0 ? await deps.platform.findByIdNat(found.map((m) => m.idNat)) : [];
  const linked = new Map(users.map((u) => [idNatOf(u), u] as const));
  const label = professionLabelOf(professionCode) ?? '';
  const directory: DirectorySearchResult[] = [];
  for (const match of found) {
    const user = linked.get(match.idNat);
    if (user) platform.push({ ...fromUser(user), city: user.city ?? match.city });
    else directory.push(fromDirectory(match, label));
  }
  return [...platform, ...directory].slice(0, SEARCH_LIMIT);
}
