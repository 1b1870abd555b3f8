import { sql } from 'drizzle-orm';
import type { UserProfile } from '../../../app/auth/ports.js';
import type { OrganisationKind, Profession } from '../../../core/professions.js';
import { organisations, supervisions, users } from '../schema.js';

const supervised = (column: typeof supervisions.organisationId | typeof supervisions.networkId) =>
  sql<string[]>`coalesce((select array_agg(${column}::text) from ${supervisions} where ${supervisions.userId} = ${users.id} and ${column} is not null), '{}'::text[])`;

/** Columns to select (from `users` left-joined to `organisations`) to build a UserProfile. */
export const profileColumns = {
  id: users.id,
  email: users.email,
  firstName: users.firstName,
  lastName: users.lastName,
  profession: users.profession,
  isAdmin: users.isAdmin,
  organisationId: organisations.id,
  organisationName: organisations.name,
  organisationKind: organisations.kind,
  supervisedOrganisationIds: supervised(supervisions.organisationId),
  supervisedNetworkIds: supervised(supervisions.networkId),
};

/** A row selected with `profileColumns`. */
export interface ProfileRow {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  profession: Profession;
  isAdmin: boolean;
  organisationId: string | null;
  organisationName: string | null;
  organisationKind: OrganisationKind | null;
  supervisedOrganisationIds: string[];
  supervisedNetworkIds: string[];
}

export function toProfile(row: ProfileRow): UserProfile {
  const organisation =
    row.organisationId && row.organisationName && row.organisationKind
      ? { id: row.organisationId, name: row.organisationName, kind: row.organisationKind }
      : null;
  const supervises = { organisationIds: row.supervisedOrganisationIds, networkIds: row.supervisedNetworkIds };
  const isSupervisor = supervises.organisationIds.length + supervises.networkIds.length > 0;
  return {
    user: {
      id: row.id,
      email: row.email,
      firstName: row.firstName,
      lastName: row.lastName,
      profession: row.profession,
      organisation,
      isAdmin: row.isAdmin,
      isSupervisor,
    },
    actor: { userId: row.id, profession: row.profession, organisationId: organisation?.id ?? null, isAdmin: row.isAdmin, supervises },
  };
}
