import { AppError } from '../errors.js';
import type { CareRequestCommand, CareRequestStatus } from './types.js';

type Transitions = Readonly<Partial<Record<CareRequestCommand, CareRequestStatus>>>;

/** What happens to the performer's request: the same from `accepted` and from `in_progress`. */
const taken: Transitions = { record_visit: 'in_progress', complete: 'completed', hand_back: 'dispatching', cancel: 'cancelled' };

/** The transition table of DESIGN §2: for each status, the commands it accepts and the status they lead to. */
const transitions: Readonly<Record<CareRequestStatus, Transitions>> = {
  dispatching: { widen: 'dispatching', accept: 'accepted', expire: 'unanswered', cancel: 'cancelled' },
  accepted: taken,
  in_progress: taken,
  unanswered: { retrigger: 'dispatching', cancel: 'cancelled' },
  completed: {},
  cancelled: {},
};

const openStatuses: ReadonlySet<CareRequestStatus> = new Set(['dispatching', 'accepted', 'in_progress', 'unanswered']);

/**
 * The status a care request reaches when `command` is applied in `status`;
 * throws `care_requests.invalid_transition` (with the current status) when the
 * command is not allowed there. `completed` and `cancelled` are terminal.
 */
export function nextStatus(status: CareRequestStatus, command: CareRequestCommand): CareRequestStatus {
  const next = transitions[status][command];
  if (next === undefined) throw new AppError('care_requests.invalid_transition', { status });
  return next;
}

/** True while the request can still change: dispatching, accepted, in progress or unanswered. */
export function isOpenStatus(status: CareRequestStatus): boolean {
  return openStatuses.has(status);
}
