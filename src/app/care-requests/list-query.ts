import type { CareRequestSort } from '../../core/care-requests/dashboard.js';
import type { CareRequestStatus } from '../../core/care-requests/types.js';
import type { CareRequestRecord } from './ports.js';

/**
 * Whose fiches a dashboard section lists: "Mes fiches" (made by the actor or their organisation), or
 * "Fiches supervisées" (made in an organisation the actor supervises, or by a member of a network they
 * supervise, and not already among "Mes fiches").
 */
export type CareRequestListScope =
  | { readonly kind: 'mine'; readonly userId: string; readonly organisationId: string | null }
  | {
      readonly kind: 'supervised';
      readonly userId: string;
      readonly organisationId: string | null;
      readonly organisationIds: readonly string[];
      readonly networkIds: readonly string[];
    };

/** Where a page ends: the sort instant in microseconds since the epoch (exact, as stored) and the fiche number. */
export interface CareRequestListPosition {
  readonly micros: string;
  readonly number: number;
}

export interface CareRequestListQuery {
  readonly scope: CareRequestListScope;
  /** Fiches created at or after this instant. */
  readonly since: Date;
  /** MOT-CLÉ, split into words: each must appear (any case, any accent) in the fiche's search text. */
  readonly words: readonly string[];
  /** Exact tag, any case. */
  readonly tag: string | null;
  readonly status: CareRequestStatus | null;
  readonly sort: CareRequestSort;
  /** Rows strictly after this position in the sort order; null: the first page. */
  readonly after: CareRequestListPosition | null;
  readonly limit: number;
}

export interface CareRequestListRow {
  readonly record: CareRequestRecord;
  readonly position: CareRequestListPosition;
}
