import type { Profession } from './professions.js';

/** The authenticated user behind a request, as the access rules see them. */
export interface Actor {
  readonly userId: string;
  readonly profession: Profession;
  readonly organisationId: string | null;
  readonly isAdmin: boolean;
  /** Organisations and networks this user supervises. */
  readonly supervises: { readonly organisationIds: readonly string[]; readonly networkIds: readonly string[] };
}
