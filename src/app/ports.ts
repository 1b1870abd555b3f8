/** Ports shared by every use case. Module-specific ports live beside their use cases. */

/** Runs `work` in one database transaction with the stores `S` bound to it; rolls back if `work` throws. */
export interface Transactor<S> {
  run<T>(work: (stores: S) => Promise<T>): Promise<T>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
