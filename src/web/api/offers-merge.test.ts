import { describe, expect, it } from 'vitest';
import { openLine, takenLine } from '../pages/offers/test-fixtures.js';
import type { ReceivedOffer } from './care-request-types.js';
import { mergeOffersOf, RECEIVED_OFFERS_LIMIT } from './offers-merge.js';

/** A line of `careRequestId` offered at `offeredAt`, from `base` (open by default). */
function lineOf(careRequestId: string, offeredAt: string, base: ReceivedOffer = openLine): ReceivedOffer {
  return { offer: { ...base.offer, offeredAt }, careRequest: { ...base.careRequest, id: careRequestId } };
}

const shown = (lines: readonly ReceivedOffer[]) => lines.map((line) => `${line.careRequest.id}@${line.offer.offeredAt.slice(11, 16)}:${line.careRequest.status}`);

describe('mergeOffersOf', () => {
  const list = [lineOf('cr-3', '2022-08-09T12:00:00Z'), lineOf('cr-2', '2022-08-09T11:00:00Z'), lineOf('cr-1', '2022-08-09T10:00:00Z')];

  it('puts the lines of a fresh offer at the top, keeping the others', () => {
    expect(shown(mergeOffersOf(list, 'cr-4', [lineOf('cr-4', '2022-08-09T13:00:00Z')]))).toEqual([
      'cr-4@13:00:dispatching',
      'cr-3@12:00:dispatching',
      'cr-2@11:00:dispatching',
      'cr-1@10:00:dispatching',
    ]);
  });

  it('replaces the line of a request in place, and keeps newest first by the time of the offer', () => {
    expect(shown(mergeOffersOf(list, 'cr-2', [lineOf('cr-2', '2022-08-09T11:00:00Z', takenLine)]))).toEqual([
      'cr-3@12:00:dispatching',
      'cr-2@11:00:accepted',
      'cr-1@10:00:dispatching',
    ]);
    // A new round of an old request: its lines move up.
    expect(shown(mergeOffersOf(list, 'cr-1', [lineOf('cr-1', '2022-08-09T12:30:00.000Z'), lineOf('cr-1', '2022-08-09T10:00:00Z')]))).toEqual([
      'cr-1@12:30:dispatching',
      'cr-3@12:00:dispatching',
      'cr-2@11:00:dispatching',
      'cr-1@10:00:dispatching',
    ]);
  });

  it('replaces every line of the request (one per round) by the fetched ones, and removes them when none is fetched', () => {
    const rounds = [lineOf('cr-2', '2022-08-09T12:30:00Z'), ...list, lineOf('cr-2', '2022-08-09T09:00:00Z')];
    expect(shown(mergeOffersOf(rounds, 'cr-2', [lineOf('cr-2', '2022-08-09T12:30:00Z', takenLine), lineOf('cr-2', '2022-08-09T11:00:00Z', takenLine), lineOf('cr-2', '2022-08-09T09:00:00Z', takenLine)]))).toEqual([
      'cr-2@12:30:accepted',
      'cr-3@12:00:dispatching',
      'cr-2@11:00:accepted',
      'cr-1@10:00:dispatching',
      'cr-2@09:00:accepted',
    ]);
    expect(shown(mergeOffersOf(rounds, 'cr-2', []))).toEqual(['cr-3@12:00:dispatching', 'cr-1@10:00:dispatching']);
  });

  it('puts a fresh line before an older one offered at the same time', () => {
    expect(shown(mergeOffersOf(list, 'cr-4', [lineOf('cr-4', '2022-08-09T12:00:00Z')])).slice(0, 2)).toEqual(['cr-4@12:00:dispatching', 'cr-3@12:00:dispatching']);
  });

  it('keeps the limit of the list, dropping the oldest lines', () => {
    const full = Array.from({ length: RECEIVED_OFFERS_LIMIT }, (_, index) => lineOf(`cr-${index}`, new Date(Date.UTC(2022, 7, 9, 12) - index * 60_000).toISOString()));
    const merged = mergeOffersOf(full, 'cr-new', [lineOf('cr-new', '2022-08-09T13:00:00Z')]);
    expect(RECEIVED_OFFERS_LIMIT).toBe(100);
    expect(merged).toHaveLength(100);
    expect(merged[0]!.careRequest.id).toBe('cr-new');
    expect(merged.at(-1)!.careRequest.id).toBe('cr-98');
    // A line older than the whole full list stays out of it.
    expect(mergeOffersOf(full, 'cr-old', [lineOf('cr-old', '2022-08-01T13:00:00Z')]).map((line) => line.careRequest.id)).toEqual(full.map((line) => line.careRequest.id));
  });
});
