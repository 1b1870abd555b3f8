import { AppError, invalidFields } from '../../core/errors.js';
import { usualRoleDirectoryCodes, usualRoleProfession, type UsualProfessionalRole } from '../../core/patients/index.js';
import type { ProfessionalAccount, ProfessionalLookup, UsualProfessionalRecord } from './ports.js';

/** What the "Ajouter" button sends: a directory result (IdNat) or a platform user. */
export interface UsualProfessionalPick {
  readonly idNat?: string | null | undefined;
  readonly userId?: string | null | undefined;
}

type Resolved = Omit<UsualProfessionalRecord, 'isPlatformUser'>;

const ID_NAT = /^\d{2,20}$/;

/** IdNat of an account: `8` + RPPS, or `0` + ADELI. */
const idNatOf = (account: ProfessionalAccount): string | null => (account.rpps ? `8${account.rpps}` : account.adeli ? `0${account.adeli}` : null);

/** The account behind an IdNat (`8` + 11-digit RPPS, `0` + 9-digit ADELI), if any. */
function accountOfIdNat(lookup: ProfessionalLookup, idNat: string): Promise<ProfessionalAccount | null> {
  if (idNat.length === 12 && idNat.startsWith('8')) return lookup.accountByNationalId({ rpps: idNat.slice(1) });
  if (idNat.length === 10 && idNat.startsWith('0')) return lookup.accountByNationalId({ adeli: idNat.slice(1) });
  return Promise.resolve(null);
}

/**
 * Resolves the professional picked for a role: from the national directory
 * (its names) or from a platform user (active, of the role's profession). A
 * directory professional who has an active account of that profession is
 * linked to it. Throws `validation.failed` (`professional.required`),
 * `patients.professional_not_found`, `patients.professional_mismatch`.
 */
export async function resolveProfessional(lookup: ProfessionalLookup, role: UsualProfessionalRole, pick: UsualProfessionalPick): Promise<Resolved> {
  const idNat = pick.idNat?.trim() || null;
  const userId = pick.userId?.trim() || null;
  if ((idNat === null) === (userId === null)) throw invalidFields({ idNat: 'professional.required' });
  const profession = usualRoleProfession[role];
  const fits = (account: ProfessionalAccount | null): account is ProfessionalAccount => account !== null && account.active && account.profession === profession;

  if (userId !== null) {
    const account = await lookup.accountById(userId);
    if (!account || !account.active) throw new AppError('patients.professional_not_found');
    if (!fits(account)) throw new AppError('patients.professional_mismatch');
    return { role, idNat: idNatOf(account), userId: account.id, lastName: account.lastName, firstName: account.firstName };
  }
  if (idNat === null || !ID_NAT.test(idNat)) throw new AppError('patients.professional_not_found');
  const entry = await lookup.directoryEntry(idNat);
  const account = await accountOfIdNat(lookup, idNat);
  if (entry) {
    if (!usualRoleDirectoryCodes[role].includes(entry.professionCode)) throw new AppError('patients.professional_mismatch');
    return { role, idNat, userId: fits(account) ? account.id : null, lastName: entry.lastName, firstName: entry.firstName };
  }
  if (!account || !account.active) throw new AppError('patients.professional_not_found');
  if (!fits(account)) throw new AppError('patients.professional_mismatch');
  return { role, idNat, userId: account.id, lastName: account.lastName, firstName: account.firstName };
}
