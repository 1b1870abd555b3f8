import { describe, expect, it } from 'vitest';
import { deadlineAt, planRound, widenAt, widenOffers } from './dispatch.js';

const startedAt = new Date('2026-03-10T09:00:00Z');
const a = { userId: 'a', distanceKm: 1.2 };
const b = { userId: 'b', distanceKm: 3.4 };
const c = { userId: 'c', distanceKm: null };

describe('deadlines', () => {
  it('expires the round after the response deadline', () => {
    expect(deadlineAt(startedAt, 30).toISOString()).toBe('2026-03-10T09:30:00.000Z');
    expect(deadlineAt(startedAt, 1440).toISOString()).toBe('2026-03-11T09:00:00.000Z');
  });

  it('widens the round at half the response deadline', () => {
    expect(widenAt(startedAt, 30).toISOString()).toBe('2026-03-10T09:15:00.000Z');
    expect(widenAt(startedAt, 15).toISOString()).toBe('2026-03-10T09:07:30.000Z');
  });
});

describe('planRound', () => {
  it('offers the usual professional alone first', () => {
    expect(planRound({ requesterId: 'r', usual: { userId: 'u', distanceKm: null }, candidates: [a, b] })).toEqual({
      usualFirst: true,
      offers: [{ userId: 'u', distanceKm: null, phase: 'usual' }],
    });
  });

  it('offers every candidate once, in order, without a usual professional', () => {
    expect(planRound({ requesterId: 'r', usual: null, candidates: [b, a, b, c] })).toEqual({
      usualFirst: false,
      offers: [
        { userId: 'b', distanceKm: 3.4, phase: 'open' },
        { userId: 'a', distanceKm: 1.2, phase: 'open' },
        { userId: 'c', distanceKm: null, phase: 'open' },
      ],
    });
  });

  it('never offers the requester their own request', () => {
    expect(planRound({ requesterId: 'a', usual: null, candidates: [a, b] }).offers.map((o) => o.userId)).toEqual(['b']);
  });

  it('opens the round to everyone when the usual professional is the requester', () => {
    expect(planRound({ requesterId: 'a', usual: a, candidates: [a, b] })).toEqual({ usualFirst: false, offers: [{ userId: 'b', distanceKm: 3.4, phase: 'open' }] });
  });

  it('plans no offer without candidates', () => {
    expect(planRound({ requesterId: 'r', usual: null, candidates: [] })).toEqual({ usualFirst: false, offers: [] });
  });
});

describe('widenOffers', () => {
  it('adds the candidates not offered yet, once each, never the requester', () => {
    expect(widenOffers([a, b, c, b], new Set(['a']), 'c')).toEqual([{ userId: 'b', distanceKm: 3.4, phase: 'open' }]);
  });

  it('adds nothing when everyone was offered', () => {
    expect(widenOffers([a, b], new Set(['a', 'b']), 'r')).toEqual([]);
  });
});
