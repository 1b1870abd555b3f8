import { AppError } from '../../core/errors.js';

/** What an accept learned of its request: it is taken by `performerId`; `holders` hold an offer of it. */
export interface Taken {
  readonly performerId: string;
  readonly holders: ReadonlySet<string>;
}

/**
 * How long a "taken" outcome still answers accepts after its accept finished, so that the clicks
 * arriving just after the winner's commit are answered from memory too. Short: a hand back on
 * another instance makes the request dispatching again (this instance forgets at its own hand
 * backs), and beyond this window the database answers.
 */
export const TAKEN_KEEP_MS = 2_000;

/** Runs one accept through the database; it reports, as soon as it knows it, that the request is taken (committed). */
export type AcceptThroughDatabase<T> = (report: (taken: Taken) => void) => Promise<T>;

/**
 * Single flight of the accepts of one request on this instance: while an accept of a request is
 * in flight (or finished less than TAKEN_KEEP_MS ago), the others wait for its outcome instead of
 * queueing on the request's row lock. When it found the request taken, a holder of an offer other
 * than the performer is answered "déjà pris en charge" at once; the performer and any other user
 * go through the database. An accept that failed for its own reason (not found, offer closed, any
 * error) tells the others nothing: they go on, one of them leading the next flight.
 */
export interface AcceptGate {
  accept<T>(careRequestId: string, userId: string, throughDatabase: AcceptThroughDatabase<T>): Promise<T>;
  /** Drops what is known of the request (it changed here, e.g. handed back). */
  forget(careRequestId: string): void;
}

export function createAcceptGate(keepMs: number = TAKEN_KEEP_MS): AcceptGate {
  const flights = new Map<string, Promise<Taken | null>>();

  async function lead<T>(careRequestId: string, throughDatabase: AcceptThroughDatabase<T>): Promise<T> {
    const learned: { taken: Taken | null } = { taken: null };
    let settle: (taken: Taken | null) => void = () => undefined;
    const flight = new Promise<Taken | null>((resolve) => {
      settle = resolve;
    });
    flights.set(careRequestId, flight);
    try {
      return await throughDatabase((taken) => {
        learned.taken = taken;
        // The waiters need not wait for the rest of this accept (its rollback, say).
        settle(taken);
      });
    } finally {
      settle(learned.taken);
      if (flights.get(careRequestId) === flight) {
        if (learned.taken) setTimeout(() => flights.get(careRequestId) === flight && flights.delete(careRequestId), keepMs).unref();
        else flights.delete(careRequestId);
      }
    }
  }

  return {
    async accept(careRequestId, userId, throughDatabase) {
      for (let flight = flights.get(careRequestId); flight; flight = flights.get(careRequestId)) {
        const taken = await flight;
        if (!taken) continue;
        if (taken.performerId !== userId && taken.holders.has(userId)) throw new AppError('care_requests.already_taken');
        return throughDatabase(() => undefined);
      }
      return lead(careRequestId, throughDatabase);
    },
    forget(careRequestId) {
      flights.delete(careRequestId);
    },
  };
}
