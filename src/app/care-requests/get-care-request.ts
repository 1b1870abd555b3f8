import type { Actor } from '../../core/actor.js';
import { parseFicheNumber } from '../../core/care-requests/number.js';
import { AppError } from '../../core/errors.js';
import type { CareRequestsDeps } from './deps.js';
import { readCareRequest } from './read.js';
import type { CareRequestView } from './views.js';

/** The fiche by id. Throws `care_requests.not_found` for a missing or hidden request alike. */
export async function getCareRequest(deps: CareRequestsDeps, actor: Actor, id: string): Promise<CareRequestView> {
  const now = deps.clock.now();
  return deps.transactor.run((stores) => readCareRequest(stores, actor, id, now));
}

/** The fiche by its number ("#NNNNNNNN"), with the same rights as by id. */
export async function getCareRequestByNumber(deps: CareRequestsDeps, actor: Actor, number: string): Promise<CareRequestView> {
  const now = deps.clock.now();
  const parsed = parseFicheNumber(number);
  if (parsed === null) throw new AppError('care_requests.not_found');
  return deps.transactor.run(async (stores) => {
    const id = await stores.careRequests.idOfNumber(parsed);
    if (id === null) throw new AppError('care_requests.not_found');
    return readCareRequest(stores, actor, id, now);
  });
}
