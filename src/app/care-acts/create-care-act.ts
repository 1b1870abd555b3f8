import { careActCode, CARE_ACT_POSITION_MAX, OTHER_CARE_ACT, sameCareActLabel, validateCareActInput, type CareActInput } from '../../core/care-acts.js';
import { AppError, invalidFields } from '../../core/errors.js';
import type { CareActsDeps } from './deps.js';
import type { CareAct } from './ports.js';

/**
 * Adds an act to a profession's catalogue, active, after the profession's
 * other acts (before "Autre Soins" while there is room). Its code is derived
 * from the label (`careActCode`) and never changes afterwards, even on rename.
 * Throws `validation.failed` (`profession`, `label`: `required`,
 * `care_act.label_too_long`, `care_act.label_taken` — case- and accent-insensitive,
 * deactivated acts included).
 */
export async function createCareAct(deps: CareActsDeps, input: CareActInput): Promise<CareAct> {
  const draft = validateCareActInput(input);
  const now = deps.clock.now();
  return deps.transactor.run(async (stores) => {
    const acts = await stores.careActs.lockProfession(draft.profession);
    if (acts.some((act) => sameCareActLabel(act.label, draft.label))) throw invalidFields({ label: 'care_act.label_taken' });
    const last = Math.max(0, ...acts.filter((act) => act.code !== OTHER_CARE_ACT).map((act) => act.position));
    const careAct: CareAct = {
      profession: draft.profession,
      code: careActCode(draft.label, acts.map((act) => act.code)),
      label: draft.label,
      position: Math.min(last + 1, CARE_ACT_POSITION_MAX),
      active: true,
    };
    await stores.careActs.insert(careAct, now);
    const created = await stores.careActs.get(careAct.profession, careAct.code);
    if (!created) throw new AppError('internal');
    return created;
  });
}
