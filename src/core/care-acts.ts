import { invalidFields } from './errors.js';
import { careProfessions, type CareProfession } from './professions.js';
import { searchKey } from './text.js';

/**
 * Default catalogue of care acts (Soins) per profession; every profession also
 * offers "autre" (Autre Soins). Labels are in the i18n catalogue under `domain.careAct`.
 * Migration 0003 inserts the same catalogue into `care_acts`, which an admin edits
 * afterwards (a test keeps the two equal); the demo seed draws users' acts from here.
 */
export const defaultCareActs: Readonly<Record<CareProfession, readonly string[]>> = {
  infirmier: ['bilan_sang', 'pansement', 'injection', 'perfusion', 'surveillance', 'toilette', 'autre'],
  masseur_kinesitherapeute: ['kine_respiratoire', 'reeducation', 'drainage', 'autre'],
  medecin_generaliste: ['consultation', 'visite', 'autre'],
  pharmacien: ['livraison_medicaments', 'conseil', 'autre'],
  sage_femme: ['suivi_post_natal', 'autre'],
};


/** The care act codes each profession may be given (a profession left out offers none). */
export type AllowedCareActs = Readonly<Partial<Record<CareProfession, readonly string[]>>>;

/** "Autre Soins" (free text on a request): every profession has it; it can be renamed, never deactivated. */
export const OTHER_CARE_ACT = 'autre';
export const CARE_ACT_LABEL_MAX_LENGTH = 60;
export const CARE_ACT_POSITION_MAX = 999;
const CODE_MAX_LENGTH = 40;

export interface CareActInput {
  readonly profession: string;
  readonly label: string;
}

export interface CareActDraft {
  readonly profession: CareProfession;
  readonly label: string;
}

/** What an admin may change on an act; an absent field stays as it is. */
export interface CareActChanges {
  readonly label?: string | undefined;
  readonly position?: number | undefined;
  readonly active?: boolean | undefined;
}

/** Checks a new act; throws `validation.failed` (`profession`, `label`). */
export function validateCareActInput(input: CareActInput): CareActDraft {
  const fields: Record<string, string> = {};
  const profession = (careProfessions as readonly string[]).includes(input.profession) ? (input.profession as CareProfession) : null;
  if (!profession) fields.profession = 'invalid';
  const label = checkLabel(input.label, fields);
  if (Object.keys(fields).length > 0 || !profession) throw invalidFields(fields);
  return { profession, label };
}

/**
 * Checks the changes to the act `code`; throws `validation.failed` (`label`,
 * `position`, and `active` when deactivating "autre").
 */
export function validateCareActChanges(code: string, changes: CareActChanges): CareActChanges {
  const fields: Record<string, string> = {};
  const label = changes.label === undefined ? undefined : checkLabel(changes.label, fields);
  const { position, active } = changes;
  if (position !== undefined && !(Number.isInteger(position) && position >= 0 && position <= CARE_ACT_POSITION_MAX)) {
    fields.position = 'care_act.position_invalid';
  }
  if (active === false && code === OTHER_CARE_ACT) fields.active = 'care_act.other_required';
  if (Object.keys(fields).length > 0) throw invalidFields(fields);
  return { label, position, active };
}

/** Same label for people: case, accents, hyphens and spacing ignored ("Rééducation" = "reeducation"). */
export function sameCareActLabel(a: string, b: string): boolean {
  return searchKey(a) === searchKey(b);
}

/**
 * The code of a new act: its label as a lower-case ASCII slug with underscores
 * ("Soins palliatifs" → `soins_palliatifs`), suffixed `_2`, `_3`… when one of
 * `taken` (the profession's codes, deactivated ones included) already has it.
 */
export function careActCode(label: string, taken: readonly string[]): string {
  const slug =
    label
      .replace(/œ/gi, 'oe')
      .replace(/æ/gi, 'ae')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, CODE_MAX_LENGTH)
      .replace(/_+$/, '') || 'soin';
  const used = new Set(taken);
  if (!used.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}_${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

function checkLabel(value: string, fields: Record<string, string>): string {
  const label = value.trim().replace(/\s+/g, ' ');
  if (label === '') fields.label = 'required';
  else if (label.length > CARE_ACT_LABEL_MAX_LENGTH) fields.label = 'care_act.label_too_long';
  return label;
}
