import type { UserDraft } from '../../core/accounts/index.js';
import type { AllowedCareActs } from '../../core/care-acts.js';
import { AppError, invalidFields } from '../../core/errors.js';
import { isCareProfession, type Profession } from '../../core/professions.js';
import type { AccountsStores, Practice, UserRecord } from './ports.js';

/**
 * The care acts a user may be given: the catalogue's active acts of each
 * profession. An act an admin deactivates later stays on the users who have it
 * (deactivating only stops offering it for new choices): so, on update, the
 * acts the user already has stay allowed while their profession is unchanged,
 * and the admin form can be saved without unticking them.
 */
export async function allowedCareActs(
  stores: AccountsStores,
  current: { readonly profession: Profession; readonly careActs: readonly string[] } | null,
): Promise<AllowedCareActs> {
  const catalogue = await stores.careActs.activeCodes();
  if (!current || !isCareProfession(current.profession) || current.careActs.length === 0) return catalogue;
  const offered = catalogue[current.profession] ?? [];
  return { ...catalogue, [current.profession]: [...new Set([...offered, ...current.careActs])] };
}

/**
 * Turns a checked draft into the row to write: resolves the practice commune
 * (postcode, city, centre) and checks that every referenced organisation and
 * network exists. Throws `commune.unknown`, `accounts.organisation_not_found`,
 * `accounts.network_not_found`.
 */
export async function toUserRecord(stores: AccountsStores, draft: UserDraft): Promise<UserRecord> {
  const practice = await resolvePractice(stores, draft.practice);
  const organisationIds = [...new Set([...(draft.organisationId ? [draft.organisationId] : []), ...draft.supervises.organisationIds])];
  const foundOrganisations = new Set(await stores.organisations.existingIds(organisationIds));
  if (draft.organisationId && !foundOrganisations.has(draft.organisationId)) {
    throw new AppError('accounts.organisation_not_found', {}, { organisationId: 'invalid' });
  }
  if (draft.supervises.organisationIds.some((id) => !foundOrganisations.has(id))) {
    throw new AppError('accounts.organisation_not_found', {}, { supervises: 'invalid' });
  }
  const networkIds = [...new Set([...draft.networkIds, ...draft.supervises.networkIds])];
  const foundNetworks = new Set(await stores.networks.existingIds(networkIds));
  if (draft.networkIds.some((id) => !foundNetworks.has(id))) {
    throw new AppError('accounts.network_not_found', {}, { networkIds: 'invalid' });
  }
  if (draft.supervises.networkIds.some((id) => !foundNetworks.has(id))) {
    throw new AppError('accounts.network_not_found', {}, { supervises: 'invalid' });
  }
  return {
    email: draft.email,
    firstName: draft.firstName,
    lastName: draft.lastName,
    profession: draft.profession,
    rpps: draft.rpps,
    adeli: draft.adeli,
    mobilePhone: draft.mobilePhone,
    organisationId: draft.organisationId,
    isAdmin: draft.isAdmin,
    practice,
    serviceRadiusKm: draft.serviceRadiusKm,
    careActs: draft.careActs,
    careModes: draft.careModes,
  };
}

async function resolvePractice(stores: AccountsStores, practice: UserDraft['practice']): Promise<Practice | null> {
  if (!practice) return null;
  const commune = await stores.communes.get(practice.inseeCode);
  if (!commune) throw invalidFields({ 'practice.inseeCode': 'commune.unknown' });
  const postcode = practice.postcode ?? commune.postcodes[0];
  if (!postcode || !commune.postcodes.includes(postcode)) throw invalidFields({ 'practice.postcode': 'invalid' });
  return {
    address: practice.address,
    inseeCode: commune.inseeCode,
    postcode,
    city: commune.name,
    lat: practice.lat ?? commune.lat,
    lng: practice.lng ?? commune.lng,
  };
}

/** Refuses an e-mail, RPPS or ADELI number that another user already has (409). */
export async function assertIdentifiersFree(stores: AccountsStores, record: UserRecord, exceptId: string | null): Promise<void> {
  const taken = await stores.users.findTaken({ email: record.email, rpps: record.rpps, adeli: record.adeli }, exceptId);
  if (taken.email) throw new AppError('accounts.email_taken');
  if (taken.rpps) throw new AppError('accounts.rpps_taken');
  if (taken.adeli) throw new AppError('accounts.adeli_taken');
}

/** Replaces the child rows of a user (hours, absences, networks, supervisions) by those of the draft. */
export async function replaceUserChildren(stores: AccountsStores, userId: string, draft: UserDraft): Promise<void> {
  await stores.users.replaceSchedule(userId, draft.workingHours, draft.absences);
  await stores.users.replaceNetworks(userId, draft.networkIds);
  await stores.users.replaceSupervisions(userId, draft.supervises);
}
