import { failureCode } from '../../core/errors.js';
import type { SessionStore, SessionTouch } from './ports.js';

/** Touches wait at most this long before they are written, all in one statement. */
export const TOUCH_FLUSH_MS = 1_000;

/** Runs `run` once after `ms`; returns what cancels it. */
export type Schedule = (run: () => void, ms: number) => () => void;

/** A timer that does not keep the process alive. */
const timer: Schedule = (run, ms) => {
  const handle = setTimeout(run, ms);
  handle.unref();
  return () => clearTimeout(handle);
};

/**
 * The slid expiries of one app instance, written off the request path: a request only queues its session's touch,
 * and the queue is written in one statement TOUCH_FLUSH_MS after its first touch. When many sessions are touched at
 * once (every professional answering one offer) that is one UPDATE instead of one per request, awaited by none.
 */
export interface SessionTouches {
  /** Queues a touch (a later touch of the same session replaces it). */
  record(touch: SessionTouch): void;
  /**
   * Writes every queued touch now (at shutdown), and resolves once the writes started before are done too.
   * A failed write is reported to `onError` and dropped: the session's next touch slides it again.
   */
  flush(): Promise<void>;
}

export function createSessionTouches(
  store: Pick<SessionStore, 'touchMany'>,
  onError: (errorCode: string) => void,
  schedule: Schedule = timer,
): SessionTouches {
  let queue = new Map<string, SessionTouch>();
  let cancel: (() => void) | null = null;
  // Writes follow one another: at most one statement in flight, and `flush` can wait for the last.
  let writing = Promise.resolve();

  const write = async (touches: SessionTouch[]) => {
    try {
      await store.touchMany(touches);
    } catch (error) {
      onError(failureCode(error) ?? 'unknown');
    }
  };

  const flush = (): Promise<void> => {
    cancel?.();
    cancel = null;
    if (queue.size > 0) {
      const touches = [...queue.values()];
      queue = new Map();
      writing = writing.then(() => write(touches));
    }
    return writing;
  };

  return {
    record(touch) {
      queue.set(touch.tokenHash, touch);
      cancel ??= schedule(() => void flush(), TOUCH_FLUSH_MS);
    },
    flush,
  };
}
