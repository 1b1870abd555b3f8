import type { CareRequestsStores } from './ports.js';

/**
 * Tells everyone who follows the fiche in full (and `also`, e.g. the actor) that it changed: their
 * dashboards and fiche pages refetch it. Sent on commit only.
 */
export async function publishChange(stores: CareRequestsStores, careRequestId: string, also: readonly string[] = []): Promise<void> {
  const audience = await stores.careRequests.audience(careRequestId);
  await stores.live.publish({ type: 'changed', careRequestId, userIds: [...audience, ...also] });
}
