import type { ReceivedOffer } from './care-request-types.js';

/** How many lines "Demandes reçues" shows, as `GET /api/offers` answers at most. */
export const RECEIVED_OFFERS_LIMIT = 100;

const offeredAt = (line: ReceivedOffer) => Date.parse(line.offer.offeredAt);

/**
 * The list `lines` with the lines of the request `careRequestId` replaced by `fresh` (all of its
 * lines, as `GET /api/offers/:careRequestId` answers; none: it leaves the list): newest first, a fresh
 * line before an older one offered at the same time, the oldest dropped beyond the limit.
 */
export function mergeOffersOf(lines: readonly ReceivedOffer[], careRequestId: string, fresh: readonly ReceivedOffer[]): ReceivedOffer[] {
  const others = lines.filter((line) => line.careRequest.id !== careRequestId);
  // The sort is stable: at the same time, the fresh lines stay first.
  return [...fresh, ...others].sort((a, b) => offeredAt(b) - offeredAt(a)).slice(0, RECEIVED_OFFERS_LIMIT);
}
