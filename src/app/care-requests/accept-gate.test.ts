import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../core/errors.js';
import { createAcceptGate, type Taken } from './accept-gate.js';

const taken = (performerId: string, holders: string[]): Taken => ({ performerId, holders: new Set(holders) });

/** Trips to the database the test ends by hand (the latest one); `calls` counts the trips made. */
function database() {
  let report: (taken: Taken) => void = () => undefined;
  let finish: (outcome: { view?: string; error?: AppError }) => void = () => undefined;
  let calls = 0;
  const trip = (reportTaken: (taken: Taken) => void) => {
    calls++;
    report = reportTaken;
    return new Promise<string>((resolve, reject) => {
      finish = (outcome) => (outcome.error ? reject(outcome.error) : resolve(outcome.view ?? 'view'));
    });
  };
  return {
    trip,
    /** The latest trip ends, having found the request `taken` when given. */
    finish: (outcome: { view?: string; error?: AppError; taken?: Taken }) => {
      if (outcome.taken) report(outcome.taken);
      finish(outcome);
    },
    report: (taken: Taken) => report(taken),
    get calls() {
      return calls;
    },
  };
}

/** 'ok', or the code of the AppError the accept failed with. */
const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof AppError ? error.code : 'other'),
  );

describe('accept gate (single flight of the accepts of one request)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers the holders waiting on a winning accept from its outcome; the winner and strangers go to the database', async () => {
    const gate = createAcceptGate();
    const db = database();
    const leader = gate.accept('r1', 'p', db.trip);
    const losers = ['a', 'b'].map((user) => code(gate.accept('r1', user, db.trip)));
    const again = gate.accept('r1', 'p', async () => 'second click');
    const stranger = gate.accept('r1', 'x', async () => 'database answer');
    const otherRequest = gate.accept('r2', 'a', async () => 'other request');
    expect(await otherRequest).toBe('other request');
    expect(db.calls).toBe(1);

    db.finish({ view: 'won', taken: taken('p', ['p', 'a', 'b']) });
    expect(await leader).toBe('won');
    expect(await Promise.all(losers)).toEqual(['care_requests.already_taken', 'care_requests.already_taken']);
    expect(await again).toBe('second click');
    expect(await stranger).toBe('database answer');
    expect(db.calls).toBe(1);
  });

  it('shares the outcome of an accept that found the request taken as soon as it reports it', async () => {
    const gate = createAcceptGate();
    const db = database();
    const leader = code(gate.accept('r1', 'a', db.trip));
    const waiter = code(gate.accept('r1', 'b', db.trip));
    db.report(taken('p', ['p', 'a', 'b']));
    expect(await waiter).toBe('care_requests.already_taken');
    db.finish({ error: new AppError('care_requests.already_taken') });
    expect(await leader).toBe('care_requests.already_taken');
    expect(db.calls).toBe(1);
  });

  it('does not share a failure personal to the leader: one waiter leads the next flight', async () => {
    const gate = createAcceptGate();
    const db = database();
    const leader = code(gate.accept('r1', 'a', db.trip));
    const waiters = ['b', 'c', 'd'].map((user) => code(gate.accept('r1', user, db.trip)));
    db.finish({ error: new AppError('care_requests.offer_closed') });
    expect(await leader).toBe('care_requests.offer_closed');
    await vi.waitFor(() => expect(db.calls).toBe(2));
    db.finish({ view: 'won', taken: taken('b', ['a', 'b', 'c', 'd']) });
    expect(await Promise.all(waiters)).toEqual(['ok', 'care_requests.already_taken', 'care_requests.already_taken']);
    expect(db.calls).toBe(2);
  });

  it('keeps a taken outcome for a short while, then forgets it; a hand back forgets it at once', async () => {
    vi.useFakeTimers();
    const gate = createAcceptGate(2_000);
    const db = database();
    const leader = gate.accept('r1', 'p', db.trip);
    db.finish({ taken: taken('p', ['p', 'a', 'b']) });
    await leader;
    vi.advanceTimersByTime(1_999);
    expect(await code(gate.accept('r1', 'a', db.trip))).toBe('care_requests.already_taken');
    vi.advanceTimersByTime(1);
    const late = gate.accept('r1', 'b', db.trip);
    expect(db.calls).toBe(2);
    db.finish({ error: new AppError('care_requests.already_taken'), taken: taken('p', ['p', 'a', 'b']) });
    expect(await code(late)).toBe('care_requests.already_taken');

    gate.forget('r1');
    const afterHandBack = gate.accept('r1', 'a', db.trip);
    expect(db.calls).toBe(3);
    db.finish({ view: 'won by a' });
    expect(await afterHandBack).toBe('won by a');
  });
});
