import type { DirectoryDeps } from './ports.js';
import { searchProfessionals } from './search.js';
import type { DirectoryService } from './service.js';

export type * from './ports.js';
export type * from './service.js';

/** Binds the directory use cases to their ports. */
export function createDirectoryService(deps: DirectoryDeps): DirectoryService {
  return {
    search: (actor, input) => searchProfessionals(deps, actor, input),
  };
}
