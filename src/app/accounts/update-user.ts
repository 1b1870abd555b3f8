import type { Actor } from '../../core/actor.js';
import { validateUserInput, type UserInput } from '../../core/accounts/index.js';
import { AppError } from '../../core/errors.js';
import type { AccountsDeps } from './deps.js';
import type { UserDetail } from './ports.js';
import { allowedCareActs, assertIdentifiersFree, replaceUserChildren, toUserRecord } from './write-user.js';

/**
 * Replaces a user's profile, hours, absences, memberships and supervisions in
 * one transaction; sets a new password when one is given. An administrator
 * cannot remove their own admin right (`accounts.self_lockout`). Same errors as
 * `createUser`, plus `accounts.not_found`; the user keeps the care acts they
 * already have even if the catalogue deactivated them since (`allowedCareActs`).
 */
export async function updateUser(deps: AccountsDeps, actor: Actor, id: string, input: UserInput): Promise<UserDetail> {
  const careActs = await allowedCareActs(deps.stores, await deps.stores.users.get(id));
  const draft = validateUserInput(input, { passwordRequired: false, careActs });
  if (actor.userId === id && !draft.isAdmin) throw new AppError('accounts.self_lockout');
  const passwordHash = draft.password === null ? null : await deps.passwordHasher.hash(draft.password);
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    const record = await toUserRecord(stores, draft);
    await assertIdentifiersFree(stores, record, id);
    // Updating the row first locks it, so concurrent edits of one user replace its child rows one after the other.
    if (!(await stores.users.update(id, record, now))) throw new AppError('accounts.not_found');
    if (passwordHash !== null) await stores.users.setPasswordHash(id, passwordHash, now);
    await replaceUserChildren(stores, id, draft);
    const user = await stores.users.get(id);
    if (!user) throw new AppError('accounts.not_found');
    return user;
  });
}
