import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/errors.js';
import type { AccountsDeps } from './deps.js';
import type { UserDetail } from './ports.js';

/**
 * Deactivates a user: they can no longer sign in and their open sessions stop
 * working (the auth module refuses inactive users). Nothing is deleted. An
 * administrator cannot deactivate themselves (`accounts.self_lockout`).
 */
export async function deactivateUser(deps: AccountsDeps, actor: Actor, id: string): Promise<UserDetail> {
  if (actor.userId === id) throw new AppError('accounts.self_lockout');
  return setActive(deps, id, false);
}

/** Reactivates a deactivated user. */
export async function reactivateUser(deps: AccountsDeps, id: string): Promise<UserDetail> {
  return setActive(deps, id, true);
}

async function setActive(deps: AccountsDeps, id: string, active: boolean): Promise<UserDetail> {
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    if (!(await stores.users.setActive(id, active, now))) throw new AppError('accounts.not_found');
    const user = await stores.users.get(id);
    if (!user) throw new AppError('accounts.not_found');
    return user;
  });
}
