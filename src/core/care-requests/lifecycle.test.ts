import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { isOpenStatus, nextStatus } from './lifecycle.js';
import { careRequestCommands, careRequestStatuses, type CareRequestCommand, type CareRequestStatus } from './types.js';

const refused = 'refused';
type Outcome = CareRequestStatus | typeof refused;

/** The whole table, written out: every status × every command. */
const expected: Record<CareRequestStatus, Record<CareRequestCommand, Outcome>> = {
  dispatching: { retrigger: refused, widen: 'dispatching', accept: 'accepted', expire: 'unanswered', record_visit: refused, complete: refused, hand_back: refused, cancel: 'cancelled' },
  accepted: { retrigger: refused, widen: refused, accept: refused, expire: refused, record_visit: 'in_progress', complete: 'completed', hand_back: 'dispatching', cancel: 'cancelled' },
  in_progress: { retrigger: refused, widen: refused, accept: refused, expire: refused, record_visit: 'in_progress', complete: 'completed', hand_back: 'dispatching', cancel: 'cancelled' },
  completed: { retrigger: refused, widen: refused, accept: refused, expire: refused, record_visit: refused, complete: refused, hand_back: refused, cancel: refused },
  unanswered: { retrigger: 'dispatching', widen: refused, accept: refused, expire: refused, record_visit: refused, complete: refused, hand_back: refused, cancel: 'cancelled' },
  cancelled: { retrigger: refused, widen: refused, accept: refused, expire: refused, record_visit: refused, complete: refused, hand_back: refused, cancel: refused },
};

const cases = careRequestStatuses.flatMap((status) => careRequestCommands.map((command) => ({ status, command, outcome: expected[status][command] })));

function attempt(status: CareRequestStatus, command: CareRequestCommand): Outcome {
  try {
    return nextStatus(status, command);
  } catch (error) {
    if (error instanceof AppError && error.code === 'care_requests.invalid_transition') {
      expect(error.params).toEqual({ status });
      return refused;
    }
    throw error;
  }
}

describe('nextStatus', () => {
  it('covers every status and every command', () => {
    expect(cases).toHaveLength(6 * 8);
  });

  it.each(cases)('$status + $command → $outcome', ({ status, command, outcome }) => {
    expect(attempt(status, command)).toBe(outcome);
  });
});

describe('isOpenStatus', () => {
  it.each([
    ['dispatching', true],
    ['accepted', true],
    ['in_progress', true],
    ['unanswered', true],
    ['completed', false],
    ['cancelled', false],
  ] as const)('%s → %s', (status, open) => {
    expect(isOpenStatus(status)).toBe(open);
  });
});
