import { invalidFields } from '../errors.js';
import { organisationKinds, type OrganisationKind } from '../professions.js';
import { isUuid, normalizePhone } from '../validators/index.js';

export const ORGANISATION_NAME_MAX_LENGTH = 150;

export interface OrganisationInput {
  readonly name: string;
  readonly kind: string;
  readonly phone?: string | null | undefined;
}

export interface OrganisationDraft {
  readonly name: string;
  readonly kind: OrganisationKind;
  /** E.164, fixed line or mobile. */
  readonly phone: string | null;
}

export interface NetworkInput {
  readonly name: string;
  readonly memberIds: readonly string[];
}

export interface NetworkDraft {
  readonly name: string;
  readonly memberIds: readonly string[];
}

/** Checks and normalises an organisation; throws `validation.failed` (`name`, `kind`, `phone`). */
export function validateOrganisationInput(input: OrganisationInput): OrganisationDraft {
  const fields: Record<string, string> = {};
  const name = checkName(input.name, fields);
  const kind = (organisationKinds as readonly string[]).includes(input.kind) ? (input.kind as OrganisationKind) : null;
  if (!kind) fields.kind = 'invalid';
  const rawPhone = input.phone?.trim() ?? '';
  const phone = rawPhone === '' ? null : normalizePhone(rawPhone);
  if (rawPhone !== '' && !phone) fields.phone = 'phone.invalid';
  if (Object.keys(fields).length > 0 || !kind) throw invalidFields(fields);
  return { name, kind, phone: phone?.e164 ?? null };
}

/** Checks and normalises a network; throws `validation.failed` (`name`, `memberIds`). */
export function validateNetworkInput(input: NetworkInput): NetworkDraft {
  const fields: Record<string, string> = {};
  const name = checkName(input.name, fields);
  const memberIds = [...new Set(input.memberIds)];
  if (!memberIds.every(isUuid)) fields.memberIds = 'member.unknown';
  if (Object.keys(fields).length > 0) throw invalidFields(fields);
  return { name, memberIds };
}

function checkName(value: string, fields: Record<string, string>): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (name === '') fields.name = 'required';
  else if (name.length > ORGANISATION_NAME_MAX_LENGTH) fields.name = 'invalid';
  return name;
}
