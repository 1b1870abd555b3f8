import { AppError } from '../../core/errors.js';
import type { AccountsDeps } from './deps.js';
import type { UserDetail, UserListFilter, UserSummary } from './ports.js';

/** Lists users for the admin page, filtered on name or e-mail, sorted by last name. */
export function listUsers(deps: AccountsDeps, filter: UserListFilter): Promise<UserSummary[]> {
  const q = filter.q?.trim() ?? '';
  return deps.stores.users.list({ q: q === '' ? null : q, includeInactive: filter.includeInactive });
}

/** One user with everything the admin form edits; `accounts.not_found` when missing. */
export async function getUser(deps: AccountsDeps, id: string): Promise<UserDetail> {
  const user = await deps.stores.users.get(id);
  if (!user) throw new AppError('accounts.not_found');
  return user;
}
