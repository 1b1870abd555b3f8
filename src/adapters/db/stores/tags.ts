import { asc, inArray } from 'drizzle-orm';
import type { TagStore } from '../../../app/care-requests/ports.js';
import type { Db } from '../client.js';
import { careRequestTags } from '../schema.js';

/** Tags of fiches: one per fiche and spelling without case (a unique index on lower(tag)). */
export function createTagStore(db: Db): TagStore {
  return {
    async add(careRequestId, tag, userId, at) {
      await db.insert(careRequestTags).values({ careRequestId, tag, createdBy: userId, createdAt: at }).onConflictDoNothing();
    },
    async ofRequests(careRequestIds) {
      const result = new Map<string, string[]>();
      if (careRequestIds.length === 0) return result;
      const rows = await db
        .select({ careRequestId: careRequestTags.careRequestId, tag: careRequestTags.tag })
        .from(careRequestTags)
        .where(inArray(careRequestTags.careRequestId, [...careRequestIds]))
        .orderBy(asc(careRequestTags.createdAt), asc(careRequestTags.tag));
      for (const row of rows) result.set(row.careRequestId, [...(result.get(row.careRequestId) ?? []), row.tag]);
      return result;
    },
  };
}
