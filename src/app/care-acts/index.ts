import { createCareAct } from './create-care-act.js';
import type { CareActsDeps } from './deps.js';
import { listActiveCareActs, listAllCareActs } from './list-care-acts.js';
import type { CareActsService } from './service.js';
import { updateCareAct } from './update-care-act.js';

export type { CareActsDeps } from './deps.js';
export type * from './ports.js';
export type { CareActsService } from './service.js';

/** Binds the care-acts use cases to their ports. */
export function createCareActsService(deps: CareActsDeps): CareActsService {
  return {
    listActive: () => listActiveCareActs(deps),
    listAll: () => listAllCareActs(deps),
    create: (input) => createCareAct(deps, input),
    update: (profession, code, changes) => updateCareAct(deps, profession, code, changes),
  };
}
