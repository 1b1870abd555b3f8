import type { UserDraft } from '../../core/accounts/index.js';
import { AppError, invalidFields } from '../../core/errors.js';
import type { AccountsStores, Practice, UserRecord } from './ports.js';

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
