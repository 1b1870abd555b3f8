import { validateNetworkInput, type NetworkInput } from '../../core/accounts/index.js';
import { AppError, invalidFields } from '../../core/errors.js';
import type { AccountsDeps } from './deps.js';
import type { AccountsStores, NetworkSummary } from './ports.js';

/** Networks (CPTS) sorted by name, with their member ids. */
export function listNetworks(deps: AccountsDeps, filter: { includeInactive: boolean }): Promise<NetworkSummary[]> {
  return deps.stores.networks.list(filter);
}

/** Creates a network with its members, in one transaction. Throws `validation.failed` (`member.unknown`). */
export async function createNetwork(deps: AccountsDeps, input: NetworkInput): Promise<NetworkSummary> {
  const draft = validateNetworkInput(input);
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    await assertUsersExist(stores, draft.memberIds);
    const id = await stores.networks.insert(draft.name, now);
    await stores.networks.replaceMembers(id, draft.memberIds);
    return found(await stores.networks.get(id));
  });
}

/** Renames a network and replaces its members, in one transaction. Throws `networks.not_found`, `validation.failed`. */
export async function updateNetwork(deps: AccountsDeps, id: string, input: NetworkInput): Promise<NetworkSummary> {
  const draft = validateNetworkInput(input);
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    await assertUsersExist(stores, draft.memberIds);
    // Renaming first locks the row: concurrent member edits of one network run one after the other.
    if (!(await stores.networks.update(id, draft.name, now))) throw new AppError('networks.not_found');
    await stores.networks.replaceMembers(id, draft.memberIds);
    return found(await stores.networks.get(id));
  });
}

/** Deactivates or reactivates a network; members stay listed. */
export async function setNetworkActive(deps: AccountsDeps, id: string, active: boolean): Promise<NetworkSummary> {
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    if (!(await stores.networks.setActive(id, active, now))) throw new AppError('networks.not_found');
    return found(await stores.networks.get(id));
  });
}

async function assertUsersExist(stores: AccountsStores, ids: readonly string[]): Promise<void> {
  const existing = new Set(await stores.users.existingIds(ids));
  if (ids.some((id) => !existing.has(id))) throw invalidFields({ memberIds: 'member.unknown' });
}

function found(network: NetworkSummary | null): NetworkSummary {
  if (!network) throw new AppError('networks.not_found');
  return network;
}
