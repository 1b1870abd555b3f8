import { validateUserInput, type UserInput } from '../../core/accounts/index.js';
import { AppError } from '../../core/errors.js';
import type { AccountsDeps } from './deps.js';
import type { UserDetail } from './ports.js';
import { allowedCareActs, assertIdentifiersFree, replaceUserChildren, toUserRecord } from './write-user.js';

/**
 * Creates a user with its initial password, hours, absences, network
 * memberships and supervisions, in one transaction. Throws `validation.failed`
 * (field codes; `careActs`: `care_act.unknown` unless each act is an active
 * act of the profession in the catalogue), `accounts.*_taken` (409),
 * `accounts.organisation_not_found` / `accounts.network_not_found` (422).
 */
export async function createUser(deps: AccountsDeps, input: UserInput): Promise<UserDetail> {
  const careActs = await allowedCareActs(deps.stores, null);
  const draft = validateUserInput(input, { passwordRequired: true, careActs });
  if (draft.password === null) throw new AppError('validation.failed', {}, { password: 'required' });
  // Hash before the transaction: argon2 is slow and must not hold a connection.
  const passwordHash = await deps.passwordHasher.hash(draft.password);
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    const record = await toUserRecord(stores, draft);
    await assertIdentifiersFree(stores, record, null);
    const id = await stores.users.insert(record, passwordHash, now);
    await replaceUserChildren(stores, id, draft);
    const user = await stores.users.get(id);
    if (!user) throw new AppError('internal');
    return user;
  });
}
