import { sameCareActLabel, validateCareActChanges, type CareActChanges } from '../../core/care-acts.js';
import { AppError, invalidFields } from '../../core/errors.js';
import type { CareProfession } from '../../core/professions.js';
import type { CareActsDeps } from './deps.js';
import type { CareAct, CareActUpdate } from './ports.js';

/**
 * Renames, reorders, deactivates or reactivates an act (absent fields are kept).
 * "Autre Soins" can be renamed but never deactivated. Deactivating an act only
 * stops offering it: users who have it keep it, and past requests keep it too.
 * Throws `care_acts.not_found`, `validation.failed` (`label`, `position`, `active`).
 */
export async function updateCareAct(deps: CareActsDeps, profession: CareProfession, code: string, changes: CareActChanges): Promise<CareAct> {
  const checked = validateCareActChanges(code, changes);
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    const acts = await stores.careActs.lockProfession(profession);
    if (!acts.some((act) => act.code === code)) throw new AppError('care_acts.not_found');
    const { label, position, active } = checked;
    if (label !== undefined && acts.some((act) => act.code !== code && sameCareActLabel(act.label, label))) {
      throw invalidFields({ label: 'care_act.label_taken' });
    }
    const update: CareActUpdate = {
      ...(label === undefined ? {} : { label }),
      ...(position === undefined ? {} : { position }),
      ...(active === undefined ? {} : { active }),
    };
    if (Object.keys(update).length > 0 && !(await stores.careActs.update(profession, code, update, now))) {
      throw new AppError('care_acts.not_found');
    }
    const updated = await stores.careActs.get(profession, code);
    if (!updated) throw new AppError('care_acts.not_found');
    return updated;
  });
}
