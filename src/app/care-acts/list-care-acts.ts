import type { CareActsDeps } from './deps.js';
import type { CareAct } from './ports.js';

/** The acts offered today (active ones), sorted by profession, position, label: what every signed-in user picks from. */
export function listActiveCareActs(deps: CareActsDeps): Promise<CareAct[]> {
  return deps.stores.careActs.list({ includeInactive: false });
}

/** The whole catalogue, deactivated acts included, for the admin page. */
export function listAllCareActs(deps: CareActsDeps): Promise<CareAct[]> {
  return deps.stores.careActs.list({ includeInactive: true });
}
