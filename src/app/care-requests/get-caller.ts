import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/errors.js';
import type { CareRequestsDeps } from './deps.js';
import type { CallerProfile } from './ports.js';

/** APPELANT: the signed-in user's identity, service and phones, to prefill the first step. */
export async function getCaller(deps: CareRequestsDeps, actor: Actor): Promise<CallerProfile> {
  const caller = await deps.stores.users.caller(actor.userId);
  if (!caller) throw new AppError('auth.unauthenticated');
  return caller;
}
