import { validateOrganisationInput, type OrganisationInput } from '../../core/accounts/index.js';
import { AppError } from '../../core/errors.js';
import type { AccountsDeps } from './deps.js';
import type { OrganisationSummary } from './ports.js';

/** Organisations (cabinets, plateformes, établissements) sorted by name, with their active member count. */
export function listOrganisations(deps: AccountsDeps, filter: { includeInactive: boolean }): Promise<OrganisationSummary[]> {
  return deps.stores.organisations.list(filter);
}

/** Creates an organisation; its phone is normalised to E.164. Throws `validation.failed`. */
export async function createOrganisation(deps: AccountsDeps, input: OrganisationInput): Promise<OrganisationSummary> {
  const draft = validateOrganisationInput(input);
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    const id = await stores.organisations.insert(draft, now);
    return found(await stores.organisations.get(id));
  });
}

/** Renames an organisation, changes its kind or phone. Throws `validation.failed`, `organisations.not_found`. */
export async function updateOrganisation(deps: AccountsDeps, id: string, input: OrganisationInput): Promise<OrganisationSummary> {
  const draft = validateOrganisationInput(input);
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    if (!(await stores.organisations.update(id, draft, now))) throw new AppError('organisations.not_found');
    return found(await stores.organisations.get(id));
  });
}

/** Deactivates (`active = false`) or reactivates an organisation; its users keep their accounts. */
export async function setOrganisationActive(deps: AccountsDeps, id: string, active: boolean): Promise<OrganisationSummary> {
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    if (!(await stores.organisations.setActive(id, active, now))) throw new AppError('organisations.not_found');
    return found(await stores.organisations.get(id));
  });
}

function found(organisation: OrganisationSummary | null): OrganisationSummary {
  if (!organisation) throw new AppError('organisations.not_found');
  return organisation;
}
